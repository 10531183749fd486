package dev.dockerfile.lint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.Severity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LintConfigTest {
    @Test
    void theLabelSchemaOfTheParametersIsMergedOverTheFilesAndStrictLabelsReplaced() {
        LintConfig file = new LintConfig(Set.of(), Map.of(), null, Set.of(), Map.of("author", "text", "url", "text"), true);
        LintConfig parameters = new LintConfig(Set.of(), Map.of(), null, Set.of(), Map.of("url", "url"), null);
        LintConfig merged = file.overriddenBy(parameters);
        assertEquals(Map.of("author", "text", "url", "url"), merged.labelSchema());
        assertEquals(true, merged.strictLabels(), "the parameter is not set: the file's value");
        assertEquals(false, merged.overriddenBy(new LintConfig(Set.of(), Map.of(), null, Set.of(), Map.of(), false))
                .strictLabels());
        assertEquals(null, LintConfig.empty().strictLabels());
    }

    @Test
    void anIgnoredAliasDropsTheFindingAndTheRulesOwnOverrideWins() {
        LintConfig config = new LintConfig(Set.of("DL3063"), Map.of("DL3025", Severity.ERROR), null, Set.of());
        assertEquals(Severity.NONE, config.severityOf("ReservedStageName", Set.of("ReservedStageName", "DL3063"),
                Severity.WARNING));
        assertEquals(Severity.ERROR, config.severityOf("JSONArgsRecommended", Set.of("JSONArgsRecommended", "DL3025"),
                Severity.WARNING));
        assertEquals(Severity.INFO, config.severityOf("DL3059", Set.of("DL3059"), Severity.INFO));
    }
}
