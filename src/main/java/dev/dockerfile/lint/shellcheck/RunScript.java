package dev.dockerfile.lint.shellcheck;

import java.util.Set;

/**
 * One shell script a RUN (or {@code ONBUILD RUN}) hands to its shell, as ShellCheck is to read it.
 *
 * @param line the instruction's first line: where its findings are reported, as hadolint does
 * @param dialect the shell ShellCheck reads it as: {@code sh}, {@code bash}, {@code dash} or {@code ksh}
 * @param script the script's text
 * @param variables the names that have values when the script runs: the ARG and ENV names in scope (only
 *     those it refers to, in a stage with very many) and Docker's predefined proxy ARGs
 */
record RunScript(int line, String dialect, String script, Set<String> variables) {

    RunScript {
        variables = Set.copyOf(variables);
    }

    /**
     * The file ShellCheck checks: a shebang for the dialect (a file of its own per script, so one call can
     * check scripts of different shells), then an {@code export} per known variable, so that SC2154
     * ("referenced but not assigned") does not fire for what the Dockerfile sets.
     */
    String file() {
        StringBuilder file = new StringBuilder("#!/bin/").append(dialect).append('\n');
        variables.stream().sorted().forEach(name -> file.append("export ").append(name).append("=1\n"));
        return file.append(script).append('\n').toString();
    }
}
