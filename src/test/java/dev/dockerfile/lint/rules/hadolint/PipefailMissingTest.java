package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipefailMissingTest {
    private final PipefailMissing rule = new PipefailMissing();

    @Test
    void catchesPipesWithoutPipefail() {
        assertEquals(List.of("2 DL4006"), lines(rule, "FROM debian:12\nRUN curl -fsSL https://example.org/key | gpg --dearmor > /k.gpg\n"));
        // A plain sh does not get pipefail from the SHELL instruction.
        assertEquals(List.of("3 DL4006"), lines(rule, "FROM debian:12\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "RUN wget -qO- https://a | wc -l\n"));
        // A later SHELL without it, or a new stage not built FROM the one with it, loses it.
        assertEquals(List.of("5 DL4006"), lines(rule, "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "RUN a | b\nSHELL [\"/bin/bash\", \"-c\"]\nRUN a | b\n"));
        assertEquals(List.of("5 DL4006"), lines(rule, "FROM debian:12 AS one\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "RUN a | b\nFROM debian:12\nRUN a | b\n"));
        assertEquals(List.of("2 DL4006"), lines(rule, "FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://a | sh\nEOF\n"));
    }

    @Test
    void passesPipefailShellsAndScriptsThatSetIt() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nSHELL [\"/usr/bin/bash\", \"-euxo\", \"pipefail\", \"-c\"]\nRUN a | b\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN a | b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS base\nSHELL [\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "FROM base\nRUN a | b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN set -o pipefail && a | b\n"));
    }

    @Test
    void passesRunsWithoutPipesExecFormAndNonPosixShells() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN a && b || c; echo 'x | y' > f\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN [\"sh\", \"-c\", \"a | b\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Process | Select-Object -First 1\n"));
        assertEquals(List.of(), lines(rule, "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN type a.txt | findstr x\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\n# hadolint shell=powershell\nRUN Get-Process | Stop-Process\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN python3 <<EOF\nprint('a | b')\nEOF\n"));
    }
}
