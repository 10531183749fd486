package dev.dockerfile.plan;

/**
 * What a planner says of a module it recognises: a service of its stack, or a module of its kind
 * that is not a service (a library), which is skipped.
 *
 * @param service true when the planner will plan it
 * @param reason one sentence for the build log
 */
public record Detection(boolean service, String reason) {
    public static Detection service(String reason) {
        return new Detection(true, reason);
    }

    public static Detection notAService(String reason) {
        return new Detection(false, reason);
    }
}
