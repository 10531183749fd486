package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LastUserRootTest {
    private final LastUserRoot rule = new LastUserRoot();

    @Test
    void catchesRootAsTheFinalStagesLastUser() {
        assertEquals(List.of("3 DL3002"), lines(rule, "FROM debian:12\nUSER app\nUSER root\nCMD [\"x\"]\n"));
        assertEquals(List.of("4 DL3002"), lines(rule, "FROM a:1 AS b\nUSER 1000\nFROM debian:12\nuser 0:0\n"));
    }

    @Test
    void passesNonRootOrRootOnlyInEarlierStages() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER root\nRUN id\nUSER 10001:10001\n"));
        assertEquals(List.of(), lines(rule, "FROM a:1 AS build\nUSER root\nFROM debian:12\nUSER 10001\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN id\n"));
    }
}
