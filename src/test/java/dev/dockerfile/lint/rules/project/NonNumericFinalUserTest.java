package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonNumericFinalUserTest {
    private final NonNumericFinalUser rule = new NonNumericFinalUser();

    @Test
    void catchesAMissingUser() {
        assertEquals(List.of("1 DF005"), lines(rule, "FROM debian:12\nCMD [\"x\"]\n"));
        assertEquals(List.of("3 DF005"), lines(rule, "FROM alpine AS b\nUSER 1000\nFROM debian:12\n"));
        assertEquals(List.of("1 DF005"), lines(rule, "FROM scratch\nCOPY app /app\n"));
        assertTrue(findings(rule, "FROM scratch\n", LintContext.defaults()).get(0).message().contains("USER 65532"));
    }

    @Test
    void catchesANamedUser() {
        assertEquals(List.of("3 DF005"), lines(rule, "FROM debian:12\nRUN useradd app\nUSER app\n"));
        assertEquals(List.of("3 DF005"), lines(rule, "FROM debian:12\nUSER 10001\nUSER app:app\n"));
        assertEquals(List.of("3 DF005"), lines(rule, "FROM debian:12\nARG U=app\nUSER $U\n"));
        assertEquals(List.of("2 DF005"), lines(rule, "FROM gcr.io/distroless/static:nonroot\nUSER nonroot\n"));
    }

    @Test
    void leavesWindowsImagesAlone() {
        assertEquals(List.of(), lines(rule, "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n"));
        assertEquals(List.of(), lines(rule, "ARG BASE=mcr.microsoft.com/windows/servercore:ltsc2022\nFROM ${BASE} AS w\n"
                + "FROM w\nCMD [\"app.exe\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM local-windows-image\n# hadolint shell=powershell\nRUN echo $null\n"));
        assertEquals(List.of(), lines(rule, "FROM local-windows-image\nSHELL [\"cmd\", \"/S\", \"/C\"]\nUSER ContainerUser\n"));
    }

    @Test
    void passesNumericUsersAndLeavesRootToDl3002() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER 10001\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER 10001:10001\nCMD [\"x\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER root\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER 0:0\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nARG UID=10001\nUSER ${UID}\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER ${APP_UID}\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS base\nUSER 10001\nFROM base\nCMD [\"x\"]\n"));
    }

    @Test
    void passesImagesThatAreNonRootByDefault() {
        assertEquals(List.of(), lines(rule, "FROM gcr.io/distroless/java17-debian12:nonroot\nCOPY a /a\n"));
        assertEquals(List.of(), lines(rule, "ARG RUNTIME=gcr.io/distroless/static:nonroot\nFROM ${RUNTIME}\n"));
        assertEquals(List.of(), lines(rule, "FROM cgr.dev/chainguard/python:latest\n"));
        assertEquals(List.of("1 DF005"), lines(rule, "FROM cgr.dev/chainguard/python:latest-dev\n"));
    }
}
