package dev.dockerfile.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Linter;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.parse.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellcheckTest {
    @TempDir
    Path dir;

    private static List<String> found(Shellcheck shellcheck, String dockerfile) throws Exception {
        return shellcheck.findings(DockerfileParser.parse(dockerfile)).stream()
                .map(f -> f.line() + " " + f.rule() + " " + f.severity().id()).toList();
    }

    @Test
    void reportsShellcheckOnTheRunsLineWithItsLevel() throws Exception {
        Shellcheck shellcheck = new Shellcheck(InstalledShellcheck.require());
        List<Finding> findings = shellcheck.findings(DockerfileParser.parse("""
                FROM debian:12
                ENV DIR=/opt
                RUN cd $DIR \\
                 ; echo $undeclared
                SHELL ["/bin/bash", "-c"]
                RUN [ $(echo a) == a ]
                """));
        // $DIR is exported as a plain word (as hadolint does), so ShellCheck knows it needs no quotes.
        assertEquals(List.of("3 SC2164 warning", "3 SC2154 warning", "3 SC2086 info", "6 SC2046 warning",
                "6 SC2116 style"), findings.stream().map(f -> f.line() + " " + f.rule() + " " + f.severity().id()).toList());
        assertEquals(new Finding("SC2154", Severity.WARNING, 3, "undeclared is referenced but not assigned."
                + " (https://www.shellcheck.net/wiki/SC2154)"), findings.get(1));
        assertEquals(Optional.empty(), shellcheck.problem());
    }

    @Test
    void aStageBuiltFromAnotherKeepsItsShellAndItsVariablesNameTheMisspelt() throws Exception {
        Shellcheck shellcheck = new Shellcheck(InstalledShellcheck.require());
        // source is bash; in sh it is SC3046. APP_HOMES is no variable, but ShellCheck sees APP_HOME (SC2153).
        assertEquals(List.of("7 SC3046 warning", "9 SC2153 info"), found(shellcheck, """
                FROM ubuntu:24.04 AS base
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                ENV APP_HOME=/app
                FROM base
                RUN source /etc/profile && echo "$APP_HOME"
                FROM ubuntu:24.04
                RUN source /etc/profile
                ENV APP_HOME=/app
                RUN echo "$APP_HOMES"
                """));
    }

    @Test
    void dropsWhatHadolintDropsAndRepeatsNothing() throws Exception {
        Shellcheck shellcheck = new Shellcheck(InstalledShellcheck.require());
        // SC1091 (a sourced file the build has), SC2187 (ash read as dash); SC2086 twice in one RUN is one finding.
        assertEquals(List.of("4 SC2086 info"), found(shellcheck, """
                FROM alpine:3
                SHELL ["/bin/ash", "-c"]
                RUN . /etc/os-release && echo "$ID"
                RUN echo $1 && echo $1
                """));
        assertEquals(List.of(), found(shellcheck, "FROM alpine:3\nRUN [\"echo\", \"$x\"]\n"));
    }

    @Test
    void pragmasAndTheConfigurationApplyToShellcheckFindings() throws Exception {
        Linter linter = new Linter(List.of(), new LintConfig(Set.of("SC2164"), Map.of("SC2154", Severity.ERROR), null,
                Set.of()), new Shellcheck(InstalledShellcheck.require()));
        assertEquals(List.of("3 SC2154 error", "4 SC2154 error"), linter.lint("""
                FROM debian:12
                # hadolint ignore=SC2086
                RUN cd $x
                RUN echo "$y"
                """, true).stream().map(f -> f.line() + " " + f.rule() + " " + f.severity().id()).toList());
    }

    @Test
    void aFailingShellcheckIsReportedOnceAndNotAskedAgain() throws Exception {
        Path calls = dir.resolve("calls");
        Shellcheck shellcheck = new Shellcheck(fake("echo called >> '" + calls + "'; echo 'unknown option' >&2; exit 3"));
        assertEquals(List.of(), found(shellcheck, "FROM a:1\nRUN echo $x\n"));
        assertEquals(List.of(), found(shellcheck, "FROM a:1\nRUN echo $y\n"));
        assertEquals(1, Files.readAllLines(calls).size());
        assertEquals(Optional.of("shellcheck exited with status 3: unknown option; the SC findings are missing from"
                + " this check"), shellcheck.problem());
    }

    @Test
    void whatIsNotItsReportIsAFailure() throws Exception {
        Shellcheck shellcheck = new Shellcheck(fake("echo '{\"comments\": [{\"file\": \"x\"}]}'; exit 1"));
        assertEquals(List.of(), found(shellcheck, "FROM a:1\nRUN echo $x\n"));
        assertTrue(shellcheck.problem().orElseThrow().startsWith("shellcheck answered with something other than its json1"
                + " report ("), shellcheck.problem().get());
        Shellcheck silent = new Shellcheck(fake("exit 2"));
        found(silent, "FROM a:1\nRUN echo $x\n");
        assertEquals(Optional.of("shellcheck exited with status 2; the SC findings are missing from this check"),
                silent.problem());
    }

    @Test
    void aHungShellcheckIsStoppedAtItsTimeLimit() throws Exception {
        Shellcheck shellcheck = new Shellcheck(new ShellcheckProcess(fake("exec sleep 30"), 1));
        long start = System.nanoTime();
        assertEquals(List.of(), found(shellcheck, "FROM a:1\nRUN echo $x\n"));
        assertTrue(System.nanoTime() - start < 20_000_000_000L);
        assertEquals(Optional.of("shellcheck did not finish within 1 s; the SC findings are missing from this check"),
                shellcheck.problem());
    }

    @Test
    void aProgramThatCannotStartIsAFailure() throws Exception {
        Shellcheck shellcheck = new Shellcheck(dir.resolve("missing"));
        assertEquals(List.of(), found(shellcheck, "FROM a:1\nRUN echo $x\n"));
        assertTrue(shellcheck.problem().orElseThrow().startsWith("shellcheck cannot be started ("), shellcheck.problem().get());
        assertEquals(List.of(), found(new Shellcheck(dir.resolve("missing")), "FROM a:1\nRUN [\"echo\"]\n"));
    }

    private Path fake(String body) throws Exception {
        Path file = dir.resolve("fake-shellcheck");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
