package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyKeyValueSeparatorTest {
    private final LegacyKeyValueSeparator rule = new LegacyKeyValueSeparator();

    @Test
    void catchesWhitespaceSeparatedEnvAndLabel() {
        assertEquals(List.of("2 LegacyKeyValueFormat"), lines(rule, "FROM alpine\nENV FOO bar\n"));
        assertEquals(List.of("2 LegacyKeyValueFormat"), lines(rule, "FROM alpine\nLABEL maintainer John Doe\n"));
        assertEquals(List.of("2 LegacyKeyValueFormat"), lines(rule, "FROM alpine\nENV DEPS \\\n    curl \\\n    git\n"));
        assertEquals(List.of("2 LegacyKeyValueFormat"), lines(rule, "FROM alpine\nONBUILD ENV FOO bar\n"));
    }

    @Test
    void messageShowsTheKeyValueForm() {
        String message = findings(rule, "FROM alpine\nENV LANG C.UTF-8\n", LintContext.defaults()).get(0).message();
        assertTrue(message.contains("`ENV LANG=C.UTF-8`"), message);
        message = findings(rule, "FROM alpine\nLABEL author John Doe\n", LintContext.defaults()).get(0).message();
        assertTrue(message.contains("`LABEL author=\"John Doe\"`"), message);
    }

    @Test
    void passesKeyValueForm() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nENV FOO=bar\nENV A=1 B=2\nENV C=\"two words\"\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nLABEL a=b \\\n      c=\"d e\"\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nARG foo\nRUN echo FOO bar\n"));
    }
}
