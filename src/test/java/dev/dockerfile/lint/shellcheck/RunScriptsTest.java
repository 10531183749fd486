package dev.dockerfile.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.parse.DockerfileParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunScriptsTest {
    private static List<RunScript> scripts(String dockerfile) throws Exception {
        return RunScripts.of(DockerfileParser.parse(dockerfile));
    }

    @Test
    void shellFormRunsWithTheirStagesShell() throws Exception {
        assertEquals(List.of(new RunScript(2, "sh", "echo a", Set.of()),
                new RunScript(5, "bash", "echo b", Set.of()),
                new RunScript(7, "sh", "echo c", Set.of())), scripts("""
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
    void aStageBuiltFromAnotherKeepsItsShellAndVariables() throws Exception {
        assertEquals(List.of(new RunScript(4, "bash", "echo $FROM_BASE $LATER $undeclared", Set.of("FROM_BASE")),
                new RunScript(8, "bash", "echo $FROM_BASE $LATER $OWN", Set.of("FROM_BASE", "LATER", "OWN"))), scripts("""
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
    void onlyReferencedVariablesInScopeAndDockersPredefinedOnesAreExported() throws Exception {
        RunScript run = scripts("""
                ARG GLOBAL=1
                FROM debian:12
                ARG unused
                ENV A=1 B=2
                RUN curl -x "$HTTPS_PROXY" "${A}" $GLOBAL
                """).get(0);
        assertEquals(Set.of("HTTPS_PROXY", "A"), run.variables());
        assertEquals("#!/bin/sh\nexport A=1\nexport HTTPS_PROXY=1\ncurl -x \"$HTTPS_PROXY\" \"${A}\" $GLOBAL\n", run.file());
    }

    @Test
    void shellPragmasAndWindowsImagesChooseTheShell() throws Exception {
        assertEquals(List.of(new RunScript(5, "bash", "echo b", Set.of())), scripts("""
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
        assertEquals(List.of(new RunScript(2, "sh", "echo one\necho $x\n", Set.of()),
                new RunScript(6, "bash", "#!/usr/bin/env bash\necho two\n", Set.of()),
                new RunScript(14, "sh", "cat <<-'CONF' > /etc/app.conf && echo $A\nkey=$value\nCONF", Set.of("A"))),
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
        assertEquals(List.of(new RunScript(3, "sh", "echo $LATER", Set.of())), scripts("""
                FROM debian:12
                ONBUILD ENV LATER=1
                ONBUILD RUN echo $LATER
                ONBUILD COPY . /app
                """));
    }
}
