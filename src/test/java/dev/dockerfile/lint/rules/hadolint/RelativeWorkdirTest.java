package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeWorkdirTest {
    private final RelativeWorkdir rule = new RelativeWorkdir();

    @Test
    void catchesRelativeWorkdirs() {
        assertEquals(List.of("2 DL3000"), lines(rule, "FROM debian:12\nWORKDIR app\n"));
        assertEquals(List.of("3 DL3000"), lines(rule, "FROM debian:12\nWORKDIR /app\nworkdir ./sub\n"));
        assertEquals(List.of("2 DL3000"), lines(rule, "FROM debian:12\nWORKDIR \"build dir\"\n"));
        assertEquals(List.of("2 DL3000"), lines(rule, "FROM debian:12\nONBUILD WORKDIR src\n"));
        assertTrue(findings(rule, "FROM golang:1.23\nWORKDIR /src/\nWORKDIR tools/gopls\n", LintContext.defaults())
                .get(0).message().contains("`WORKDIR /src/tools/gopls`"), "the fix keeps the directory it meant");
        assertTrue(findings(rule, "FROM debian:12\nWORKDIR /src\nFROM debian:12\nWORKDIR app\n", LintContext.defaults())
                .get(0).message().contains("`WORKDIR /app`"), "a new stage starts from its base image's directory");
    }

    @Test
    void passesAbsoluteVariableAndWindowsPaths() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nWORKDIR /app\nWORKDIR \"/opt/my app\"\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nWORKDIR $HOME/app\nWORKDIR ${APP_DIR}\n"));
        assertEquals(List.of(), lines(rule, "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "WORKDIR C:\\app\nWORKDIR c:/tools\n"));
        assertEquals(List.of(), lines(rule, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN mkdir app && cd app\n"));
    }

    @Test
    void messageSuggestsTheAbsolutePath() {
        var findings = dev.dockerfile.lint.RuleAssert.findings(rule, "FROM debian:12\nWORKDIR ./app\n",
                dev.dockerfile.lint.LintContext.defaults());
        assertEquals(1, findings.size());
        org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().contains("WORKDIR /app"),
                findings.get(0).message());
    }
}
