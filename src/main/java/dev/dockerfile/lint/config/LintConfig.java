package dev.dockerfile.lint.config;

import dev.dockerfile.lint.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How findings are filtered and weighed: rules to ignore, severities to override, the level that
 * fails the build, registries FROM may use, and the label schema (DL3049–DL3058). Built from
 * {@code .hadolint.yaml} and the plugin's parameters; {@link #overriddenBy} lets the plugin's
 * configuration win.
 *
 * @param failureThreshold {@code null} when this source does not set one
 * @param labelSchema label name to the type its value must have, one of {@link #LABEL_TYPES}
 * @param strictLabels whether labels the schema does not name are findings; {@code null} when this source does not say
 */
public record LintConfig(Set<String> ignored, Map<String, Severity> overrides, Severity failureThreshold,
        Set<String> trustedRegistries, Map<String, String> labelSchema, Boolean strictLabels) {

    /** hadolint's label types. */
    public static final Set<String> LABEL_TYPES = Set.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");

    public LintConfig {
        ignored = Set.copyOf(ignored);
        overrides = Map.copyOf(overrides);
        trustedRegistries = Set.copyOf(trustedRegistries);
        labelSchema = Map.copyOf(labelSchema);
    }

    /** Without a label schema. */
    public LintConfig(Set<String> ignored, Map<String, Severity> overrides, Severity failureThreshold,
            Set<String> trustedRegistries) {
        this(ignored, overrides, failureThreshold, trustedRegistries, Map.of(), null);
    }

    public static LintConfig empty() {
        return new LintConfig(Set.of(), Map.of(), null, Set.of());
    }

    /** This configuration with {@code other}'s values on top (lists are joined, maps merged, single values replaced). */
    public LintConfig overriddenBy(LintConfig other) {
        Set<String> allIgnored = new HashSet<>(ignored);
        allIgnored.addAll(other.ignored);
        Map<String, Severity> allOverrides = new HashMap<>(overrides);
        allOverrides.putAll(other.overrides);
        Set<String> registries = new HashSet<>(trustedRegistries);
        registries.addAll(other.trustedRegistries);
        Map<String, String> schema = new HashMap<>(labelSchema);
        schema.putAll(other.labelSchema);
        return new LintConfig(allIgnored, allOverrides,
                other.failureThreshold != null ? other.failureThreshold : failureThreshold, registries, schema,
                other.strictLabels != null ? other.strictLabels : strictLabels);
    }

    /**
     * The severity a rule's finding ends up with; {@link Severity#NONE} drops it.
     *
     * @param sameCheck every id of the rule's check (its aliases, or the rule an alias of it names): ignoring
     *     or overriding any of them applies, and an override of {@code rule} itself wins over one of an alias
     */
    public Severity severityOf(String rule, Set<String> sameCheck, Severity declared) {
        if (ignored.contains(rule) || sameCheck.stream().anyMatch(ignored::contains)) {
            return Severity.NONE;
        }
        if (overrides.containsKey(rule)) {
            return overrides.get(rule);
        }
        return sameCheck.stream().sorted().filter(overrides::containsKey).map(overrides::get).findFirst().orElse(declared);
    }
}
