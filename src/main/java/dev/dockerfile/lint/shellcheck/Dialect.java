package dev.dockerfile.lint.shellcheck;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which of ShellCheck's dialects a shell is, if any. */
final class Dialect {
    /**
     * The shells ShellCheck reads, by program name. ash (BusyBox, Alpine) is read as dash, as ShellCheck
     * itself does (with its SC2187 note, which hadolint drops); mksh as ksh.
     */
    private static final Map<String, String> DIALECTS = Map.of("sh", "sh", "bash", "bash", "dash", "dash",
            "ash", "dash", "ksh", "ksh", "mksh", "ksh");

    private Dialect() {
    }

    /** The dialect of a SHELL ({@code ["/bin/bash", "-o", "pipefail", "-c"]}), or {@code null} for pwsh, cmd, zsh... */
    static String of(List<String> shell) {
        String program = program(shell.get(0));
        if (program.equals("env") && shell.size() > 1) {
            program = program(shell.get(1));
        }
        return DIALECTS.get(program);
    }

    /** The dialect of a shebang line's text after {@code #!} ({@code /usr/bin/env bash}), or {@code null}. */
    static String ofShebang(String interpreter) {
        String line = interpreter.strip();
        return line.isEmpty() ? null : of(List.of(line.split("\\s+")));
    }

    private static String program(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }
}
