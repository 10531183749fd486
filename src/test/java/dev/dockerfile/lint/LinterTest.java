package dev.dockerfile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {
    /** Flags every RUN: enough to see what pragmas and configuration do to findings. */
    static final class EveryRun extends Rule {
        EveryRun(String id) {
            super(id, Severity.WARNING, "A RUN", "tests", "Remove it.");
        }

        @Override
        public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
            for (Instruction i : dockerfile.instructions()) {
                if (i.is("RUN")) {
                    findings.add(this, i.startLine());
                }
            }
        }
    }

    private static List<String> lint(String text, LintConfig config) {
        return new Linter(List.of(new EveryRun("DL3008"), new EveryRun("StageNameCasing")), config).lint(text, true)
                .stream().map(f -> f.line() + " " + f.rule() + " " + f.severity().id()).toList();
    }

    @Test
    void inlinePragmaIgnoresTheNextInstructionOnly() {
        String text = "FROM a:1\n# hadolint ignore=DL3008, StageNameCasing\nRUN one \\\n  two\nRUN three\n";
        assertEquals(List.of("5 DL3008 warning", "5 StageNameCasing warning"), lint(text, LintConfig.empty()));
    }

    @Test
    void aPragmaAppliesOnlyDirectlyAboveItsInstruction() {
        // hadolint ignores the failures of the next line only: a blank or another comment between breaks it.
        String text = "FROM a:1\n# hadolint ignore=DL3008\n\n# why: pinned by the base image\nRUN one\n";
        assertEquals(List.of("5 DL3008 warning", "5 StageNameCasing warning"), lint(text, LintConfig.empty()));
    }

    @Test
    void globalPragmaAndBuildKitCheckDirective() {
        assertEquals(List.of("3 StageNameCasing warning"),
                lint("FROM a:1\n# hadolint global ignore=DL3008\nRUN x\n", LintConfig.empty()));
        assertEquals(List.of("3 DL3008 warning"), lint("# check=skip=StageNameCasing\nFROM a:1\nRUN x\n", LintConfig.empty()));
        assertEquals(List.of("3 DL3008 warning"), lint("# check=skip=all;error=true\nFROM a:1\nRUN x\n", LintConfig.empty()));
    }

    @Test
    void configurationIgnoresAndOverrides() {
        LintConfig config = new LintConfig(Set.of("StageNameCasing"), Map.of("DL3008", Severity.ERROR), null, Set.of());
        assertEquals(List.of("2 DL3008 error"), lint("FROM a:1\nRUN x\n", config));
        LintConfig off = new LintConfig(Set.of(), Map.of("DL3008", Severity.NONE), null, Set.of());
        assertEquals(List.of("2 StageNameCasing warning"), lint("FROM a:1\nRUN x\n", off));
    }

    @Test
    void pluginConfigurationWinsOverTheFile() {
        LintConfig file = new LintConfig(Set.of("DL3008"), Map.of("X", Severity.INFO), Severity.ERROR, Set.of("a.io"));
        LintConfig plugin = new LintConfig(Set.of("DL3009"), Map.of("X", Severity.STYLE), Severity.INFO, Set.of("b.io"));
        LintConfig merged = file.overriddenBy(plugin);
        assertEquals(Set.of("DL3008", "DL3009"), merged.ignored());
        assertEquals(Severity.STYLE, merged.overrides().get("X"));
        assertEquals(Severity.INFO, merged.failureThreshold());
        assertEquals(Set.of("a.io", "b.io"), merged.trustedRegistries());
        assertEquals(Severity.ERROR, file.overriddenBy(LintConfig.empty()).failureThreshold());
    }

    @Test
    void aParseErrorIsOneErrorFinding() {
        List<Finding> findings = new Linter(List.of(new EveryRun("DL3008")), LintConfig.empty())
                .lint("FROM a:1\nRUN <<EOF\nnever ends\n", true);
        assertEquals(List.of(new Finding("DF000", Severity.ERROR, 2, "The Dockerfile does not parse: unterminated heredoc"
                + " <<EOF: no line 'EOF' ends it. Fix the syntax: BuildKit rejects it too.")), findings);
    }

    @Test
    void aRuleThatThrowsIsReportedAsOurDefect() {
        Rule broken = new Rule("DL0000", Severity.ERROR, "x", "x", "x") {
            @Override
            public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
                throw new IndexOutOfBoundsException("boom");
            }
        };
        var e = assertThrows(IllegalStateException.class,
                () -> new Linter(List.of(broken), LintConfig.empty()).lint("FROM a:1\n", true));
        assertEquals("rule DL0000 failed: java.lang.IndexOutOfBoundsException: boom", e.getMessage());
    }

    @Test
    void severityLevels() {
        assertEquals(true, Severity.ERROR.reaches(Severity.WARNING));
        assertEquals(false, Severity.INFO.reaches(Severity.WARNING));
        assertEquals(false, Severity.ERROR.reaches(Severity.NONE));
        assertEquals(Severity.NONE, Severity.fromId("ignore").orElseThrow());
        assertEquals(Severity.STYLE, Severity.fromId(" Style ").orElseThrow());
        assertEquals(true, Severity.fromId("fatal").isEmpty());
    }
}
