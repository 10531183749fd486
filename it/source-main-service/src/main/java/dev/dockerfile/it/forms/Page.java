package dev.dockerfile.it.forms;

/** A helper with a method named main that is not an entry point. */
final class Page {
    private Page() {
    }

    static String render(String service) {
        return "{\"service\":\"" + service + "\",\"status\":\"up\"}";
    }

    static void main(int times) {
        // not a Java entry point: wrong signature, and not public
    }
}
