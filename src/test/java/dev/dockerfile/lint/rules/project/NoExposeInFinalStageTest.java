package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoExposeInFinalStageTest {
    private final NoExposeInFinalStage rule = new NoExposeInFinalStage();

    @Test
    void catchesAFinalStageWithoutExpose() {
        assertEquals(List.of("1 DF006"), lines(rule, "FROM alpine\nCMD [\"x\"]\n"));
        assertEquals(List.of("3 DF006"), lines(rule, "FROM alpine AS b\nEXPOSE 80\nFROM debian\n"));
        assertEquals(List.of("2 DF006"), lines(rule, "FROM alpine\nfrom debian\nLABEL expose=80\n"));
        assertEquals(Severity.INFO, findings(rule, "FROM alpine\n", LintContext.defaults()).get(0).severity());
    }

    @Test
    void passesExposedPorts() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE 8080\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS base\nEXPOSE 80\nFROM base\n"));
        assertEquals(List.of(), lines(rule, "FROM maven AS b\nFROM alpine\nexpose 80/tcp 443\n"));
    }
}
