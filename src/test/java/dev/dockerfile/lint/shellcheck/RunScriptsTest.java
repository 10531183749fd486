package dev.dockerfile.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.parse.DockerfileParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunScriptsTest {
    private static Set<String> vars(String... names) {
        Set<String> vars = new HashSet<>(List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY",
                "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"));
        vars.addAll(List.of(names));
        return vars;
    }

    private static List<RunScript> scripts(String dockerfile) throws Exception {
        return RunScripts.of(DockerfileParser.parse(dockerfile));
    }

    @Test
    void shellFormRunsWithTheirStagesShell() throws Exception {
        assertEquals(List.of(new RunScript(2, "sh", "echo a", vars()),
                new RunScript(5, "bash", "echo b", vars()),
                new RunScript(7, "sh", "echo c", vars())), scripts("""
                FROM debian:12 AS base
                RUN echo a
                RUN ["echo", "exec form: no shell"]
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN echo b
                FROM debian:12
                RUN echo c
                """));
    }

    @Test
    void aFragmentWithoutFromIsOneStage() throws Exception {
        assertEquals(List.of(new RunScript(2, "sh", "echo $NAME", vars("NAME")),
                new RunScript(4, "bash", "echo b", vars("NAME"))), scripts("""
                ARG NAME=x
                RUN echo $NAME
                SHELL ["/bin/bash", "-c"]
                RUN echo b
                """));
    }

    @Test
    void aStageBuiltFromAnotherKeepsItsShellAndVariables() throws Exception {
        assertEquals(List.of(new RunScript(4, "bash", "echo $FROM_BASE $LATER $undeclared", vars("FROM_BASE")),
                new RunScript(8, "bash", "echo $FROM_BASE $LATER $OWN", vars("FROM_BASE", "LATER", "OWN"))), scripts("""
                FROM debian:12 AS base
                SHELL ["bash", "-c"]
                ENV FROM_BASE=1
                RUN echo $FROM_BASE $LATER $undeclared
                ARG LATER
                FROM base
                ENV OWN=2
                RUN echo $FROM_BASE $LATER $OWN
                """));
    }

    @Test
    void theStagesVariablesAndDockersPredefinedOnesAreExported() throws Exception {
        assertEquals(vars("unused", "A", "B"), scripts("""
                ARG GLOBAL=1
                FROM debian:12
                ARG unused my-name
                ENV A=1 B=2
                RUN curl -x "$HTTPS_PROXY" "${A}" $GLOBAL
                """).get(0).variables());
        assertEquals("#!/bin/bash\nexport A=1\nexport B=1\necho\n", new RunScript(1, "bash", "echo", Set.of("B", "A")).file());
    }

    @Test
    void inAStageWithVeryManyVariablesOnlyTheReferencedOnesAreExported() throws Exception {
        StringBuilder dockerfile = new StringBuilder("FROM debian:12\n");
        for (int i = 0; i < 101; i++) {
            dockerfile.append("ENV V").append(i).append("=1\n");
        }
        dockerfile.append("RUN echo $V7 ${V100} $other\n");
        assertEquals(vars("V7", "V100"), scripts(dockerfile.toString()).get(0).variables());
    }

    @Test
    void shellPragmasAndWindowsImagesChooseTheShell() throws Exception {
        assertEquals(List.of(new RunScript(5, "bash", "echo b", vars())), scripts("""
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                RUN echo a
                # hadolint shell=bash
                FROM debian:12
                RUN echo b
                # hadolint shell=powershell
                FROM debian:12
                RUN echo c
                """));
        assertEquals(List.of(), scripts("# escape=`\nFROM debian:12\nRUN echo a\n"));
        assertEquals(List.of(), scripts("FROM debian:12\nSHELL [\"/bin/zsh\", \"-c\"]\nRUN echo a\n"));
    }

    @Test
    void heredocs() throws Exception {
        assertEquals(List.of(new RunScript(2, "sh", "echo one\necho $x\n", vars()),
                new RunScript(6, "bash", "#!/usr/bin/env bash\necho two\n", vars()),
                new RunScript(14, "sh", "cat <<-'CONF' > /etc/app.conf && echo $A\nkey=$value\nCONF", vars("A"))),
                scripts("""
                FROM debian:12
                RUN <<EOF
                echo one
                echo $x
                EOF
                RUN <<EOF
                #!/usr/bin/env bash
                echo two
                EOF
                RUN <<EOF
                #!/usr/bin/env python3
                EOF
                ENV A=1
                RUN cat <<-'CONF' > /etc/app.conf && echo $A
                key=$value
                CONF
                """));
    }

    @Test
    void onbuildRunsAreCheckedOnTheirLineAndOnbuildEnvDeclaresNothing() throws Exception {
        assertEquals(List.of(new RunScript(3, "sh", "echo $LATER", vars())), scripts("""
                FROM debian:12
                ONBUILD ENV LATER=1
                ONBUILD RUN echo $LATER
                ONBUILD COPY . /app
                """));
    }

    @Test
    void anOnbuildRunSeesTheImagesEnvButNotItsArgs() throws Exception {
        assertEquals(List.of(new RunScript(4, "sh", "echo $A $E", vars("A", "E")),
                new RunScript(5, "sh", "echo $A $E", vars("E"))), scripts("""
                FROM debian:12
                ARG A=1
                ENV E=2
                RUN echo $A $E
                ONBUILD RUN echo $A $E
                """));
    }
}
