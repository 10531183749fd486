package dev.dockerfile.lint.config;

import java.util.List;

/**
 * A configuration and what is wrong with it but does not stop the build: rule ids that name no rule
 * (a typo, or a rule of a newer hadolint that this plugin does not have), each with where it was written.
 */
public record LoadedConfig(LintConfig config, List<String> warnings) {
    public LoadedConfig {
        warnings = List.copyOf(warnings);
    }
}
