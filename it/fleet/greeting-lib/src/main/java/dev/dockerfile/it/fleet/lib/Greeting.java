package dev.dockerfile.it.fleet.lib;

public final class Greeting {
    private Greeting() {
    }

    public static String of(String service) {
        return "{\"service\":\"" + service + "\",\"greeting\":\"hello from the fleet\"}";
    }
}
