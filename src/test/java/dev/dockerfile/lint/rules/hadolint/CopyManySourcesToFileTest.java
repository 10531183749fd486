package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyManySourcesToFileTest {
    private final CopyManySourcesToFile rule = new CopyManySourcesToFile();

    @Test
    void catchesSeveralSourcesToAFile() {
        assertEquals(List.of("2 DL3021"), lines(rule, "FROM debian:12\nCOPY a.txt b.txt /app\n"));
        assertEquals(List.of("2 DL3021"), lines(rule, "FROM debian:12\nCOPY [\"a.txt\", \"b.txt\", \"dest\"]\n"));
        assertEquals(List.of("2 DL3021"), lines(rule, "FROM debian:12\nCOPY --chown=1:1 a \\\n  b \\\n  c .\n"));
        assertEquals(List.of("2 DL3021"), lines(rule, "FROM debian:12\nONBUILD COPY a b c\n"));
    }

    @Test
    void passesDirectoriesSingleSourcesAndVariables() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY a.txt b.txt /app/\nCOPY a b ./\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY a.txt /app\nCOPY src ./src\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY a b $DEST\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nADD a b c\nRUN cp a b c\n"));
    }
}
