package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.SimpleCommands;
import dev.dockerfile.parse.DockerfileParseException;
import dev.dockerfile.parse.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the shell rules read RUN instructions. */
class ShellRunsTest {
    private static List<ShellStage> read(String text) {
        try {
            return ShellRuns.read(DockerfileParser.parse(text));
        } catch (DockerfileParseException e) {
            throw new AssertionError(e);
        }
    }

    private static ShellRun only(String text) {
        List<ShellStage> stages = read(text);
        return stages.get(stages.size() - 1).runs().get(0);
    }

    private static List<String> names(ShellRun run) {
        return run.commands().stream().map(Command::name).toList();
    }

    @Test
    void opensWrappersAndNestedShells() {
        assertEquals(List.of("sudo", "apt-get"), names(only("FROM a:1\nRUN sudo -u root -E apt-get install -y x\n")));
        assertEquals(List.of("env", "pip"), names(only("FROM a:1\nRUN env -i PATH=/bin pip install x\n")));
        assertEquals(List.of("find", "xargs", "rm"), names(only("FROM a:1\nRUN find / -name x | xargs -r -n 1 rm -f\n")));
        assertEquals(List.of("timeout", "curl"), names(only("FROM a:1\nRUN timeout -s KILL 30 curl -fsS https://a\n")));
        assertEquals(List.of("gosu", "id", "nice", "make"), names(only("FROM a:1\nRUN gosu app id && nice -n 5 make\n")));
        assertEquals(List.of("bash", "cd", "make"), names(only("FROM a:1\nRUN bash -euxo pipefail -c 'cd /src && make'\n")));
        assertEquals(List.of("sh", "apk"), names(only("FROM a:1\nRUN [\"/bin/sh\", \"-ec\", \"apk add --no-cache x\"]\n")));
        assertEquals(List.of("sh"), names(only("FROM a:1\nRUN sh ./script.sh -c\n")));
    }

    @Test
    void readsPythonDashMPipAsPip() {
        ShellRun run = only("FROM a:1\nRUN python3.12 -u -m pip install --no-cache-dir x==1 && python -c 'import pip'\n");
        assertEquals(List.of("pip", "python"), names(run));
        assertEquals(List.of("install", "--no-cache-dir", "x==1"), run.commands().get(0).args());
    }

    @Test
    void dropsRedirectionsAndUsesBaseNames() {
        ShellRun run = only("FROM a:1\nRUN /usr/bin/python -c 'print(1)' > requirements.txt 2>&1 &>/dev/null < in\n");
        assertEquals(List.of(new Command("python", List.of("-c", "print(1)"))), run.commands());
        assertEquals(List.of("a"), SimpleCommands.withoutRedirections(List.of("a", ">", "out", "2>/dev/null", "<<EOF")));
    }

    @Test
    void heredocsAreScriptsOnlyWhenTheShellRunsThem() {
        ShellRun script = only("FROM a:1\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n");
        assertEquals(List.of("apt-get", "apt-get"), names(script));
        assertEquals(List.of("apt-get update\napt-get install -y x\n"), script.scripts());
        assertEquals(List.of("bash", "cd"), names(only("FROM a:1\nRUN bash <<EOF\ncd /x\nEOF\n")));
        assertEquals(List.of("python3"), names(only("FROM a:1\nRUN python3 <<EOF\nimport os\nEOF\n")));
        assertEquals(List.of("cat"), names(only("FROM a:1\nRUN cat <<EOF > /etc/x.conf\nsudo rm -rf /\nEOF\n")));
        assertEquals(List.of(), names(only("FROM a:1\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nEOF\n")));
        assertEquals(List.of("echo"), names(only("FROM a:1\nRUN <<EOF\n#!/bin/bash\necho hi\nEOF\n")));
    }

    @Test
    void tracksShellVariablesAndMounts() {
        List<ShellStage> stages = read("ARG BASE=1\nFROM a:1 AS base\nENV A=1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "FROM base\nARG B\nENV C=3\nRUN --mount=type=cache,target=/root/.cache,id=x --mount=type=bind,source=.,target=/src x\n"
                + "FROM a:1\nRUN y\n");
        ShellRun run = stages.get(1).runs().get(0);
        assertEquals("1", run.env().get("A"));
        assertEquals("3", run.env().get("C"));
        assertTrue(run.knows("BASE") && run.knows("B") && run.knows("A"));
        assertFalse(run.knows("NOPE"));
        assertTrue(run.shellSetsPipefail());
        assertEquals(List.of(new ShellRun.Mount("cache", "/root/.cache"), new ShellRun.Mount("bind", "/src")), run.mounts());
        assertTrue(run.keepsOutOfLayers("/root/.cache/pip"));
        assertFalse(run.keepsOutOfLayers("/src/x"));
        ShellRun other = stages.get(2).runs().get(0);
        assertNull(other.env().get("A"));
        assertFalse(other.shellSetsPipefail());
        assertEquals(List.of("/bin/sh", "-c"), other.shell());
    }

    @Test
    void marksTheStagesThatShip() {
        List<ShellStage> stages = read("FROM a:1 AS base\nFROM base AS mid\nFROM a:1 AS tool\nFROM mid\nRUN x\n");
        assertEquals(List.of(true, true, false, true), stages.stream().map(ShellStage::inFinalImage).toList());
        assertEquals("mid", stages.get(3).parent().stage().name());
    }

    @Test
    void knowsWhichShellsAreNotPosix() {
        assertFalse(only("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n").posix());
        assertFalse(only("# escape=`\nFROM custom:1\nRUN dir\n").posix());
        assertFalse(only("FROM a:1\nSHELL [\"powershell.exe\", \"-Command\"]\nRUN dir\n").posix());
        assertFalse(only("FROM a:1\nSHELL [\"C:\\\\Windows\\\\System32\\\\cmd.exe\", \"/S\", \"/C\"]\nRUN dir\n").posix());
        assertFalse(only("# hadolint shell=pwsh\nFROM a:1\nRUN dir\n").posix());
        assertTrue(only("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"bash\", \"-c\"]\nRUN ls\n").posix());
        assertTrue(only("FROM a:1\nSHELL [\"pwsh\", \"-c\"]\nRUN [\"ls\"]\n").posix());
        assertTrue(only("FROM a:1\nRUN ls\n").posix());
    }

    @Test
    void readsOnbuildRuns() {
        ShellRun run = only("FROM a:1\nONBUILD RUN apt-get update\n");
        assertTrue(run.onbuild());
        assertEquals(2, run.line());
        assertEquals(List.of("apt-get"), names(run));
    }

    @Test
    void neverThrowsOnOddRuns() {
        assertEquals(List.of(), names(only("FROM a:1\nRUN []\n")));
        assertEquals(List.of(), names(only("FROM a:1\nRUN > /dev/null\n")));
        assertEquals(List.of(), names(only("FROM a:1\nRUN --mount=type=cache true && \n")).subList(0, 0));
        assertEquals(List.of("sh"), names(only("FROM a:1\nRUN sh -c\n")));
        assertNull(SimpleCommands.dashCScript(List.of("-c", "--")));
        assertEquals("x", SimpleCommands.dashCScript(List.of("-c", "--", "x")));
    }
}
