package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class FromAsCasingMismatchTest {
    private final FromAsCasingMismatch rule = new FromAsCasingMismatch();

    @Test
    void catchesAsInAnotherCasingThanFrom() {
        assertEquals(List.of("1 FromAsCasing"), lines(rule, "FROM debian:latest as builder\n"));
        assertEquals(List.of("2 FromAsCasing"), lines(rule, "from debian as a\nfrom debian AS builder\n"));
        assertEquals(List.of("1 FromAsCasing"), lines(rule, "FROM debian As builder\n"));
        assertTrue(findings(rule, "FROM debian as builder\n", LintContext.defaults()).get(0).message()
                .contains("`FROM ... AS builder`"));
    }

    @Test
    void passesMatchingCasing() {
        assertEquals(List.of(), lines(rule, "FROM debian:latest AS deb-builder\n"));
        assertEquals(List.of(), lines(rule, "from debian:latest as deb-builder\n"));
        assertEquals(List.of(), lines(rule, "FROM debian\nRUN echo as\n"));
        assertEquals(List.of(), lines(rule, "From debian as builder\n"));
    }
}
