package dev.dockerfile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.lint.rules.Rules;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** hadolint's and BuildKit's ignore comments, read with their grammars. */
class PragmasTest {
    /** Flags every instruction but FROM, under an id and aliases of the test's choice. */
    private static final class EveryInstruction extends Rule {
        private final Set<String> aliases;

        EveryInstruction(String id, String... aliases) {
            super(id, Severity.WARNING, "An instruction", "tests", "Remove it.");
            this.aliases = Set.of(aliases);
        }

        @Override
        public Set<String> aliases() {
            return aliases;
        }

        @Override
        public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
            for (Instruction i : dockerfile.instructions()) {
                if (!i.is("FROM")) {
                    findings.add(this, i.startLine());
                }
            }
        }
    }

    private static List<String> lint(String text) {
        List<Rule> rules = List.of(new EveryInstruction("DL3002"), new EveryInstruction("DL3011"),
                new EveryInstruction("StageNameCasing"), new EveryInstruction("ReservedStageName", "DL3063"));
        return new Linter(rules, LintConfig.empty()).lint(text, true).stream()
                .map(f -> f.line() + " " + f.rule()).toList();
    }

    private static List<String> only(String rule, List<String> findings) {
        return findings.stream().filter(f -> f.endsWith(" " + rule)).toList();
    }

    @Test
    void oneMalformedIdDropsThePragmaWhole() {
        List<String> findings = lint("FROM alpine:3.20\n# hadolint ignore=bogus,DL3002\nUSER root\n");
        assertEquals(List.of("3 DL3002"), only("DL3002", findings));
        assertEquals(List.of("2 DF011"), only("DF011", findings));
    }

    @Test
    void anInlineCommentMayFollowTheList() {
        assertEquals(List.of(), only("DL3002", lint("FROM alpine:3.20\n# hadolint ignore=DL3002 # needs root\nUSER root\n")));
        assertEquals(List.of(), only("DL3002", lint("FROM alpine:3.20\n#hadolint ignore = DL3011 ,\tDL3002\nUSER root\n")));
    }

    @Test
    void keywordsAreLowerCaseOnly() {
        assertEquals(List.of("3 DL3002"), only("DL3002", lint("FROM alpine:3.20\n# Hadolint ignore=DL3002\nUSER root\n")));
        assertEquals(List.of("3 DL3002"), only("DL3002", lint("FROM alpine:3.20\n# hadolint IGNORE=DL3002\nUSER root\n")));
    }

    @Test
    void aStagePragmaCoversItsStageOnly() {
        String text = "# hadolint stage ignore=DL3011\nFROM alpine:3.20\nEXPOSE 1\nUSER 1\nFROM alpine:3.20\nEXPOSE 2\n";
        assertEquals(List.of("6 DL3011"), only("DL3011", lint(text)));
        String middle = "FROM alpine:3.20\nEXPOSE 1\n# hadolint stage ignore=DL3011\nEXPOSE 2\nEXPOSE 3\n";
        // Keyed on the line below the pragma and applied after it, as hadolint does.
        assertEquals(List.of("2 DL3011", "4 DL3011"), only("DL3011", lint(middle)));
    }

    @Test
    void globalPragmaWithBlanks() {
        assertEquals(List.of(), only("DL3002", lint("FROM alpine:3.20\nUSER root\n# hadolint global ignore = DL3002\n")));
    }

    @Test
    void anAliasIgnoresItsRule() {
        List<String> findings = lint("FROM alpine:3.20\n# hadolint ignore=DL3063\nUSER 1\nUSER 2\n");
        assertEquals(List.of("4 ReservedStageName"), only("ReservedStageName", findings));
        assertEquals(List.of(), only("DF011", findings));
    }

    @Test
    void anAliasSeveralRulesShareIgnoresThemAll() {
        List<Rule> rules = List.of(new EveryInstruction("DL4003", "MultipleInstructionsDisallowed"),
                new EveryInstruction("DL4004", "MultipleInstructionsDisallowed"));
        // Line 3 is skipped for both; on line 4 the two ids are one check, reported once.
        assertEquals(List.of("4 DL4003"), new Linter(rules, LintConfig.empty())
                .lint("FROM alpine:3.20\n# check=skip=MultipleInstructionsDisallowed\nCMD a\nCMD b\n", true).stream()
                .map(f -> f.line() + " " + f.rule()).toList());
    }

    @Test
    void buildKitsNameForAHadolintRuleSkipsIt() {
        String text = "FROM alpine:3.20 AS app\n# check=skip=DuplicateStageName\nFROM alpine:3.20 AS app\n";
        List<String> ids = new Linter(Rules.all(), LintConfig.empty()).lint(text, true).stream().map(Finding::rule).toList();
        assertFalse(ids.contains("DL3024") || ids.contains(Linter.UNKNOWN_RULE_ID), ids.toString());
    }

    @Test
    void unknownIdsAreReportedWithTheNearestKnownOne() {
        List<Finding> findings = new Linter(List.of(new EveryInstruction("StageNameCasing")), LintConfig.empty())
                .lint("# check=skip=StageNameCasng\nFROM alpine:3.20\n# hadolint ignore=DL9999,SC2086\nUSER 1\n", true);
        List<Finding> unknown = findings.stream().filter(f -> f.rule().equals(Linter.UNKNOWN_RULE_ID)).toList();
        assertEquals(List.of(1, 3), unknown.stream().map(Finding::line).toList());
        assertEquals("`check=skip=StageNameCasng`: StageNameCasng names no rule of this plugin, so it applies to nothing;"
                + " did you mean StageNameCasing?", unknown.get(0).message());
        assertEquals("`# hadolint ignore=DL9999,SC2086`: DL9999 names no rule of this plugin, so it applies to nothing;"
                + " see the rule table in docs/rules.md.", unknown.get(1).message());
    }

    @Test
    void aCheckCommentSkipsForItsInstructionOnly() {
        String text = "FROM alpine:3.20\n# check=skip=StageNameCasing // allowed here\nUSER 1\nUSER 2\n"
                + "# check=skip=all\nUSER 3\n";
        assertEquals(List.of("4 StageNameCasing"), only("StageNameCasing", lint(text)));
        assertEquals(List.of("3 DL3002", "4 DL3002", "6 DL3002"), only("DL3002", lint(text)));
    }

    @Test
    void onlyTheFirstCheckCommentCountsAndAnEmptyCommentClears() {
        String first = "FROM alpine:3.20\n# check=skip=DL3011\n# check=skip=DL3002\nUSER 1\n";
        assertEquals(List.of("4 DL3002"), only("DL3002", lint(first)));
        String cleared = "FROM alpine:3.20\n# check=skip=DL3002\n#\nUSER 1\n";
        assertEquals(List.of("4 DL3002"), only("DL3002", lint(cleared)));
    }

    @Test
    void aCheckCommentBuildKitCannotReadIsIgnored() {
        String text = "FROM alpine:3.20\n# check=skip=StageNameCasing;warn=true\nUSER 1\n";
        assertEquals(List.of("3 StageNameCasing"), only("StageNameCasing", lint(text)));
        assertEquals(List.of(), only("StageNameCasing", lint("FROM alpine:3.20\n# check=error=false;skip=all\nUSER 1\n")));
        assertEquals(List.of("2 StageNameCasing"), only("StageNameCasing", lint("# check=skipp=all\nUSER 1\n")));
    }

    @Test
    void aCheckCommentAboveFromCoversTheStage() {
        String text = "# syntax=docker/dockerfile:1\n\n# check=skip=StageNameCasing\nFROM alpine:3.20 AS a\nUSER 1\n"
                + "FROM alpine:3.20\nUSER 2\n";
        assertEquals(List.of("7 StageNameCasing"), only("StageNameCasing", lint(text)));
    }
}
