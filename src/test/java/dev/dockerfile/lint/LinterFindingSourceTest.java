package dev.dockerfile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.parse.Instruction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings of an outside tool (ShellCheck) go through the same pragmas, configuration and order as the rules'. */
class LinterFindingSourceTest {
    /** SC2086 on every RUN, as ShellCheck would report an unquoted variable. */
    private static final FindingSource UNQUOTED = dockerfile -> dockerfile.instructions().stream()
            .filter(i -> i.is("RUN")).map(Instruction::startLine)
            .map(line -> new Finding("SC2086", Severity.INFO, line, "Double quote to prevent globbing.")).toList();

    private static List<String> lint(String text, LintConfig config) {
        return new Linter(List.of(new LinterTest.EveryRun("DL3008")), config, UNQUOTED).lint(text, true).stream()
                .map(f -> f.line() + " " + f.rule() + " " + f.severity().id()).toList();
    }

    @Test
    void extraFindingsAreSortedInAmongTheRules() {
        assertEquals(List.of("2 DL3008 warning", "2 SC2086 info", "3 DL3008 warning", "3 SC2086 info"),
                lint("FROM a:1\nRUN echo $a\nRUN echo $b\n", LintConfig.empty()));
    }

    @Test
    void pragmasAndConfigurationApplyToThem() {
        assertEquals(List.of("3 DL3008 warning", "4 DL3008 warning", "4 SC2086 warning"),
                lint("FROM a:1\n# hadolint ignore=SC2086\nRUN echo $a\nRUN echo $b\n",
                        new LintConfig(Set.of(), Map.of("SC2086", Severity.WARNING), null, Set.of())));
        assertEquals(List.of("2 DL3008 warning"), lint("FROM a:1\nRUN echo $a\n",
                new LintConfig(Set.of("SC2086"), Map.of(), null, Set.of())));
    }

    @Test
    void aFileThatDoesNotParseIsNotHandedToTheSource() {
        assertEquals(List.of("2 DF000 error"), lint("FROM a:1\nRUN <<EOF\n", LintConfig.empty()));
    }
}
