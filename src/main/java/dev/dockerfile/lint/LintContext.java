package dev.dockerfile.lint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What some rules need beyond the file itself.
 *
 * @param trustedRegistries registries FROM may use (DL3026); empty means the rule is off
 * @param hasIgnoreFile whether a {@code .dockerignore} (or {@code <Dockerfile>.dockerignore}) applies (DF004)
 * @param ignoreFileLines the lines of the ignore file that applies, as read (CopyIgnoredFile); empty when
 *     there is none or the caller did not read it
 * @param labelSchema hadolint's {@code label-schema}: label name to its type ({@code text}, {@code url},
 *     {@code spdx}, {@code rfc3339}, {@code semver}, {@code hash}, {@code email}); empty means DL3049 to DL3058 are off
 * @param strictLabels hadolint's {@code strict-labels}: labels outside the schema are reported (DL3050)
 */
public record LintContext(Set<String> trustedRegistries, boolean hasIgnoreFile, List<String> ignoreFileLines,
        Map<String, String> labelSchema, boolean strictLabels) {
    public LintContext {
        trustedRegistries = Set.copyOf(trustedRegistries);
        ignoreFileLines = List.copyOf(ignoreFileLines);
        labelSchema = Map.copyOf(labelSchema);
    }

    /** Without a label schema (what callers that know none pass). */
    public LintContext(Set<String> trustedRegistries, boolean hasIgnoreFile, List<String> ignoreFileLines) {
        this(trustedRegistries, hasIgnoreFile, ignoreFileLines, Map.of(), false);
    }

    /** Without the ignore file's lines (CopyIgnoredFile then finds nothing) and without a label schema. */
    public LintContext(Set<String> trustedRegistries, boolean hasIgnoreFile) {
        this(trustedRegistries, hasIgnoreFile, List.of());
    }

    public static LintContext defaults() {
        return new LintContext(Set.of(), true);
    }
}
