package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateStageNameTest {
    private final DuplicateStageName rule = new DuplicateStageName();

    @Test
    void catchesRepeatedAliases() {
        assertEquals(List.of("3 DL3024"), lines(rule, "FROM debian:12 AS build\nRUN true\nFROM node:20 AS build\n"));
        assertEquals(List.of("2 DL3024"), lines(rule, "FROM debian:12 AS Build\nFROM node:20 as build\n"));
        assertEquals(List.of("2 DL3024", "3 DL3024"),
                lines(rule, "FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 AS X\n"));
    }

    @Test
    void passesDistinctOrMissingAliases() {
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS build\nFROM node:20 AS runtime\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nFROM debian:12\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS build\nFROM build\nFROM build AS build2\n"));
    }
}
