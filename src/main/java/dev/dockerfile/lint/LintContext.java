package dev.dockerfile.lint;

import java.util.List;
import java.util.Set;

/**
 * What some rules need beyond the file itself.
 *
 * @param trustedRegistries registries FROM may use (DL3026); empty means the rule is off
 * @param hasIgnoreFile whether a {@code .dockerignore} (or {@code <Dockerfile>.dockerignore}) applies (DF004)
 * @param ignoreFileLines the lines of the ignore file that applies, as read (CopyIgnoredFile); empty when
 *     there is none or the caller did not read it
 */
public record LintContext(Set<String> trustedRegistries, boolean hasIgnoreFile, List<String> ignoreFileLines) {
    public LintContext {
        trustedRegistries = Set.copyOf(trustedRegistries);
        ignoreFileLines = List.copyOf(ignoreFileLines);
    }

    /** Without the ignore file's lines: CopyIgnoredFile then finds nothing. */
    public LintContext(Set<String> trustedRegistries, boolean hasIgnoreFile) {
        this(trustedRegistries, hasIgnoreFile, List.of());
    }

    public static LintContext defaults() {
        return new LintContext(Set.of(), true);
    }
}
