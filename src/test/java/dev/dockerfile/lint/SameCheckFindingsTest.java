package dev.dockerfile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Aliases in the configuration, and one finding where two rules of one check report the same line. */
class SameCheckFindingsTest {
    /** Flags every CMD, with the given aliases. */
    static Rule everyCmd(String id, Severity severity, String... aliases) {
        return new Rule(id, severity, "A CMD", "tests", "Remove it.") {
            @Override
            public Set<String> aliases() {
                return Set.of(aliases);
            }

            @Override
            public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
                for (Instruction i : dockerfile.instructions()) {
                    if (i.is("CMD")) {
                        findings.add(this, i.startLine());
                    }
                }
            }
        };
    }

    private static final String FILE = "FROM a:1\nCMD x\n";

    private static List<String> lint(LintConfig config, Rule... rules) {
        return new Linter(List.of(rules), config).lint(FILE, true).stream()
                .map(f -> f.line() + " " + f.rule() + " " + f.severity().id() + " " + f.message()).toList();
    }

    @Test
    void twoRulesOfOneCheckOnALineAreOneFindingThatNamesBoth() {
        Rule buildKit = everyCmd("JSONArgsRecommended", Severity.WARNING, "DL3025");
        Rule hadolint = everyCmd("DL3025", Severity.WARNING);
        assertEquals(List.of("2 DL3025 warning A CMD. Remove it. (same check as JSONArgsRecommended)"),
                lint(LintConfig.empty(), buildKit, hadolint), "on a tie, hadolint's id");
        assertEquals(List.of("2 DL3025 warning A CMD. Remove it. (same check as JSONArgsRecommended)"),
                lint(LintConfig.empty(), hadolint, buildKit), "whichever rule runs first");
        Rule severe = everyCmd("JSONArgsRecommended", Severity.ERROR, "DL3025");
        assertEquals(List.of("2 JSONArgsRecommended error A CMD. Remove it. (same check as DL3025)"),
                lint(LintConfig.empty(), hadolint, severe), "the more severe one");
    }

    @Test
    void rulesThatOnlyOverlapKeepTheirOwnFindings() {
        assertEquals(List.of("2 DF007 warning A CMD. Remove it.", "2 DL3009 info A CMD. Remove it."),
                lint(LintConfig.empty(), everyCmd("DL3009", Severity.INFO), everyCmd("DF007", Severity.WARNING)));
    }

    @Test
    void anAliasIgnoresAndOverridesTheRuleItNames() {
        Rule reserved = everyCmd("ReservedStageName", Severity.WARNING, "DL3063");
        assertEquals(List.of(), lint(new LintConfig(Set.of("DL3063"), Map.of(), null, Set.of()), reserved));
        assertEquals(List.of("2 ReservedStageName error A CMD. Remove it."),
                lint(new LintConfig(Set.of(), Map.of("DL3063", Severity.ERROR), null, Set.of()), reserved));
        assertEquals(List.of("2 ReservedStageName info A CMD. Remove it."), lint(new LintConfig(Set.of(),
                Map.of("DL3063", Severity.ERROR, "ReservedStageName", Severity.INFO), null, Set.of()), reserved),
                "the rule's own id wins");
    }

    @Test
    void aParseErrorIsNeverIgnored() {
        LintConfig config = new LintConfig(Set.of(ParseError.ID), Map.of(ParseError.ID, Severity.NONE), Severity.NONE,
                Set.of());
        List<Finding> findings = new Linter(List.of(), config).lint("# hadolint global ignore=DF000\nFROM a:1\nRUN <<EOF\n", true);
        assertEquals(List.of(ParseError.ID + " error"), findings.stream().map(f -> f.rule() + " " + f.severity().id()).toList());
        List<Finding> encoding = new Linter(List.of(), config).lint(new byte[] {'F', (byte) 0xE9}, true);
        assertEquals(Severity.ERROR, encoding.get(0).severity());
    }

    @Test
    void aRuleReportingALineTwiceKeepsBothAndBigLinesStayFast() {
        Rule buildKit = everyCmd("JSONArgsRecommended", Severity.WARNING, "DL3025");
        Rule hadolint = everyCmd("DL3025", Severity.WARNING);
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            findings.add(new Finding("JSONArgsRecommended", Severity.WARNING, 2, "m"));
        }
        findings.add(new Finding("DL3025", Severity.WARNING, 2, "m"));
        List<Finding> kept = SameCheckFindings.reportOnce(findings, new RuleIds(List.of(buildKit, hadolint)));
        assertEquals(100_000, kept.size(), "the DL3025 finding is merged into the first of its check, once");
        assertEquals(new Finding("DL3025", Severity.WARNING, 2, "m (same check as JSONArgsRecommended)"), kept.get(0));
    }
}
