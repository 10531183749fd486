package dev.dockerfile.lint;

import java.util.Set;

/**
 * What some rules need beyond the file itself.
 *
 * @param trustedRegistries registries FROM may use (DL3026); empty means the rule is off
 * @param hasIgnoreFile whether a {@code .dockerignore} (or {@code <Dockerfile>.dockerignore}) applies (DF004)
 */
public record LintContext(Set<String> trustedRegistries, boolean hasIgnoreFile) {
    public LintContext {
        trustedRegistries = Set.copyOf(trustedRegistries);
    }

    public static LintContext defaults() {
        return new LintContext(Set.of(), true);
    }
}
