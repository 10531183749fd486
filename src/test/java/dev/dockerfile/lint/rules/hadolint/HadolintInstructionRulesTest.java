package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The registry holds every rule of the group once, with hadolint's ids and default severities. */
class HadolintInstructionRulesTest {
    @Test
    void registersEveryRuleWithHadolintsSeverity() {
        Map<String, Severity> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("DL3000", Severity.ERROR), Map.entry("DL3002", Severity.WARNING),
                Map.entry("DL3006", Severity.WARNING), Map.entry("DL3007", Severity.WARNING),
                Map.entry("DL3010", Severity.INFO), Map.entry("DL3011", Severity.ERROR),
                Map.entry("DL3012", Severity.ERROR), Map.entry("DL3020", Severity.ERROR),
                Map.entry("DL3021", Severity.ERROR), Map.entry("DL3022", Severity.WARNING),
                Map.entry("DL3023", Severity.ERROR), Map.entry("DL3024", Severity.ERROR),
                Map.entry("DL3025", Severity.WARNING), Map.entry("DL3026", Severity.ERROR),
                Map.entry("DL3029", Severity.WARNING), Map.entry("DL3043", Severity.ERROR),
                Map.entry("DL3044", Severity.ERROR), Map.entry("DL3045", Severity.WARNING),
                Map.entry("DL3048", Severity.STYLE), Map.entry("DL3059", Severity.INFO),
                Map.entry("DL3061", Severity.ERROR), Map.entry("DL4000", Severity.ERROR),
                Map.entry("DL4003", Severity.WARNING), Map.entry("DL4004", Severity.ERROR)));
        Map<String, Severity> actual = new TreeMap<>();
        for (Rule rule : HadolintInstructionRules.all()) {
            assertNull(actual.put(rule.id(), rule.severity()), "registered twice: " + rule.id());
            assertFalse(rule.summary().isBlank() || rule.why().isBlank() || rule.fix().isBlank(), rule.id());
            assertTrue(rule.fix().endsWith("."), rule.id() + " fix should be a sentence");
        }
        assertEquals(expected, actual);
    }

    @Test
    void basenamesOfPaths() {
        assertEquals(List.of("a.tar.gz", "", "x"),
                List.of(InstructionWords.basename("/tmp/a.tar.gz"), InstructionWords.basename("dir/"),
                        InstructionWords.basename("x")));
    }

    @Test
    void rulesSurviveOddInput() throws Exception {
        String odd = "ONBUILD\nWORKDIR\nEXPOSE\nCOPY\nADD\nLABEL a=\nENV A=\nFROM\nFROM --platform\nCOPY --from /a\n"
                + "COPY --from= a b\nHEALTHCHECK\nCMD\nENTRYPOINT []\nRUN\nRUN\nEXPOSE -/tcp 1-\nUNKNOWN x\n"
                + "FROM a AS\nFROM b AS b\nCOPY --from=b x y\nRUN --mount= tar -x\nRUN --mount=from= true\n";
        var dockerfile = dev.dockerfile.parse.DockerfileParser.parse(odd);
        for (var context : List.of(dev.dockerfile.lint.LintContext.defaults(),
                new dev.dockerfile.lint.LintContext(java.util.Set.of("docker.io", " ", "*.x.io", "y*"), true))) {
            for (Rule rule : HadolintInstructionRules.all()) {
                rule.check(dockerfile, context, new dev.dockerfile.lint.Findings());
            }
        }
    }
}
