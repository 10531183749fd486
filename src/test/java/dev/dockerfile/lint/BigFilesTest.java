package dev.dockerfile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.lint.rules.Rules;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Files of half a megabyte in the shapes that were quadratic (every rule re-reading every RUN, stage chains
 * walked from every stage, a copy of all variables per RUN, pragma and comment scans per instruction,
 * one copy of the line per flag or per {@code sudo}): each lints in seconds, not hours, and in the
 * test JVM's heap. The limits are generous; the old code needed minutes for several of these.
 */
class BigFilesTest {
    private static final int SIZE = 500_000;

    private static String file(String head, IntFunction<String> line) {
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; text.length() < SIZE; i++) {
            text.append(line.apply(i));
        }
        return text.toString();
    }

    private static List<Finding> lint(String text) {
        return new Linter(Rules.all(), LintConfig.empty()).lint(text, true);
    }

    @Test
    void halfMegabyteFilesLintInSeconds() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertTrue(lint(file("FROM alpine:3.20\n", i -> "RUN echo " + i + "\n")).size() > 30_000, "DL3059 each");
            lint(file("FROM alpine:3.20\n", i -> "ENV V" + i + "=" + i + "\nRUN echo $V" + i + "\n"));
            lint(file("FROM alpine:3.20 AS s0\n", i -> "FROM s" + i + " AS s" + (i + 1) + "\nWORKDIR w\nCMD x\n"));
            lint(file("FROM python:3.12 AS s0\nENV PIP_NO_CACHE_DIR=1\n", i -> "FROM s" + i + " AS s" + (i + 1)
                    + "\nRUN pip install x==1\n"));
            lint(file("FROM alpine:3.20 AS s0\n", i -> "FROM s" + i + " AS s" + (i + 1) + "\nARG A" + i
                    + "\nLABEL x=$A" + i + "$NOPE\n"));
            lint(file("FROM alpine:3.20\n", i -> "# hadolint ignore=DL3059\nRUN echo " + i + "\n"));
            lint(file("FROM alpine:3.20\nRUN echo \\\n", i -> "\n  a" + i + " \\\n"));
            lint(file("FROM alpine:3.20\n", i -> "ENV A" + i + "=1 B" + i + "=$A" + i + "\n"));
            // One logical line each, kept under BuildKit's line limit by continuations.
            lint(file("FROM alpine:3.20\nRUN ", i -> "sudo \\\n") + "true\n");
            lint(file("FROM alpine:3.20\nRUN ", i -> "--mount=type=cache,target=/c" + i + " \\\n") + "true\n");
            lint(file("FROM alpine:3.20\nRUN ", i -> "a | b && \\\n") + "true\n");
        });
    }

    @Test
    void aMegabyteLineIsOneFindingNotACrash() {
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> lint("FROM alpine:3.20\nRUN echo " + "a ".repeat(500_000) + "\n"));
        assertEquals(List.of("2 DF009"), findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.line() + " " + f.rule()).toList());
    }
}
