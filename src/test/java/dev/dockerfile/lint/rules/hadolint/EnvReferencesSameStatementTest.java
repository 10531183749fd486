package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvReferencesSameStatementTest {
    private final EnvReferencesSameStatement rule = new EnvReferencesSameStatement();

    @Test
    void catchesReferencesToVariablesOfTheSameEnv() {
        assertEquals(List.of("2 DL3044"), lines(rule, "FROM debian:12\nENV FOO=bar BAR=${FOO}/baz\n"));
        assertEquals(List.of("2 DL3044"), lines(rule, "FROM debian:12\nENV APP_HOME=/app \\\n"
                + "    APP_BIN=$APP_HOME/bin\n"));
        assertEquals(List.of("2 DL3044"), lines(rule, "FROM debian:12\nENV A=1 B=\"${A:-x} and more\"\n"));
        assertEquals(List.of("2 DL3044"), lines(rule, "FROM debian:12\nONBUILD ENV A=1 B=$A\n"));
    }

    @Test
    void passesSelfReferencesEarlierEnvsAndEscapes() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENV PATH=/opt/venv/bin:$PATH\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENV FOO=bar\nENV BAR=${FOO}/baz\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENV A=1 B=\"\\$A\" C='$A'\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENV BAR=$FOO FOO=1\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENV FOO some $FOO value\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENV A=1 AB=$ABC\n"));
    }
}
