package dev.dockerfile.lint.config;

import dev.dockerfile.lint.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How findings are filtered and weighed: rules to ignore, severities to override, the level that
 * fails the build, registries FROM may use. Built from {@code .hadolint.yaml} and the plugin's
 * parameters; {@link #overriddenBy} lets the plugin's configuration win.
 *
 * @param failureThreshold {@code null} when this source does not set one
 */
public record LintConfig(Set<String> ignored, Map<String, Severity> overrides, Severity failureThreshold,
        Set<String> trustedRegistries) {

    public LintConfig {
        ignored = Set.copyOf(ignored);
        overrides = Map.copyOf(overrides);
        trustedRegistries = Set.copyOf(trustedRegistries);
    }

    public static LintConfig empty() {
        return new LintConfig(Set.of(), Map.of(), null, Set.of());
    }

    /** This configuration with {@code other}'s values on top (lists are joined, single values replaced). */
    public LintConfig overriddenBy(LintConfig other) {
        Set<String> allIgnored = new HashSet<>(ignored);
        allIgnored.addAll(other.ignored);
        Map<String, Severity> allOverrides = new HashMap<>(overrides);
        allOverrides.putAll(other.overrides);
        Set<String> registries = new HashSet<>(trustedRegistries);
        registries.addAll(other.trustedRegistries);
        return new LintConfig(allIgnored, allOverrides,
                other.failureThreshold != null ? other.failureThreshold : failureThreshold, registries);
    }

    /** The severity a rule's finding ends up with; {@link Severity#NONE} drops it. */
    public Severity severityOf(String rule, Severity declared) {
        if (ignored.contains(rule)) {
            return Severity.NONE;
        }
        return overrides.getOrDefault(rule, declared);
    }
}
