package dev.dockerfile.detect;

import dev.dockerfile.model.Stack;

/**
 * The stack chosen for a module and why, or why the module is not a service at all.
 *
 * @param stack the stack, or {@code null} when the module is skipped
 * @param reason one sentence for the build log
 */
public record Detection(Stack stack, String reason) {
    public static Detection of(Stack stack, String reason) {
        return new Detection(stack, reason);
    }

    public static Detection notAService(String reason) {
        return new Detection(null, reason);
    }

    public boolean isService() {
        return stack != null;
    }
}
