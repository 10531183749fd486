package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.Shell;
import dev.dockerfile.lint.shell.SimpleCommands;
import dev.dockerfile.parse.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One RUN (or {@code ONBUILD RUN}) read as shell commands, with what the shell rules need around it:
 * the variables in scope, the {@code SHELL} in effect and the {@code --mount}s.
 *
 * @param instruction the RUN, or the ONBUILD holding it (its line is the finding's line)
 * @param onbuild true for an {@code ONBUILD RUN}: it runs in images built FROM this one
 * @param commands every simple command in order: wrappers ({@code sudo}, {@code env}, {@code xargs}, ...) are
 *     followed by the command they run, {@code sh -c '...'} by the commands of its script, {@code python -m pip}
 *     reads as {@code pip}; names are base names ({@code /opt/venv/bin/pip} is {@code pip}) and redirections
 *     are removed from the arguments
 * @param scripts the shell scripts the RUN hands to its shell (the shell-form text, or heredoc bodies); empty
 *     for exec form
 * @param shell the {@code SHELL} in effect (exec-form words)
 * @param posix false when that shell is PowerShell or cmd: the shell rules do not apply
 * @param mounts the RUN's {@code --mount} flags
 * @param env ENV variables in effect (this stage and the stages it is built FROM)
 * @param args ARG names declared anywhere before this RUN (as variables whose value is empty)
 */
record ShellRun(Instruction instruction, boolean onbuild, List<Command> commands, List<String> scripts,
        List<String> shell, boolean posix, List<Mount> mounts, Environment.At env, Environment.At args) {

    /** A {@code --mount=type=...,target=...} of the RUN. */
    record Mount(String type, String target) {
        /** A cache or tmpfs mount keeps what is written under it out of the image's layers. */
        boolean keepsOutOfLayers() {
            return type.equals("cache") || type.equals("tmpfs");
        }
    }

    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");

    ShellRun {
        commands = List.copyOf(commands);
        scripts = List.copyOf(scripts);
        shell = List.copyOf(shell);
        mounts = List.copyOf(mounts);
    }

    int line() {
        return instruction.startLine();
    }

    boolean isExecForm() {
        Instruction run = instruction.trigger() != null ? instruction.trigger() : instruction;
        return run.isExecForm();
    }

    /** The commands named {@code name}. A loop, not a stream: every shell rule asks this of every RUN. */
    List<Command> commands(String name) {
        List<Command> named = null;
        for (Command command : commands) {
            if (command.is(name)) {
                if (named == null) {
                    named = new ArrayList<>();
                }
                named.add(command);
            }
        }
        return named == null ? List.of() : named;
    }

    boolean uses(String name) {
        for (Command command : commands) {
            if (command.is(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when a cache or tmpfs mount holds one of {@code dirs} (or a directory above it). */
    boolean keepsOutOfLayers(String... dirs) {
        for (Mount mount : mounts) {
            for (String dir : dirs) {
                if (mount.keepsOutOfLayers() && ShellArgs.covers(mount.target(), dir)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a cache or tmpfs mount is at {@code dir} or inside it: hadolint's reading for the apt directories,
     * where a mount on a directory above ({@code /var/lib/apt} for the lists) does not count.
     */
    boolean mountsAtOrBelow(String dir) {
        for (Mount mount : mounts) {
            if (mount.keepsOutOfLayers() && ShellArgs.covers(dir, mount.target())) {
                return true;
            }
        }
        return false;
    }

    boolean hasPipe() {
        return scripts.stream().anyMatch(Shell::hasPipe);
    }

    /** True when {@code name} is an ENV or ARG variable in scope, so {@code $name} has a value. */
    boolean knows(String name) {
        return env.get(name) != null || args.get(name) != null;
    }

    /** True when the SHELL in effect is one that knows {@code -o pipefail} and sets it. */
    boolean shellSetsPipefail() {
        if (shell.isEmpty() || !PIPEFAIL_SHELLS.contains(SimpleCommands.basename(shell.get(0)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return ShellArgs.setsPipefail(shell.subList(1, shell.size()));
    }
}
