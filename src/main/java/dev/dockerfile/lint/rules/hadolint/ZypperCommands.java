package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.shell.Command;
import java.util.List;
import java.util.Set;

/** What the zypper rules (DL3034 to DL3037) share. */
final class ZypperCommands {
    /** zypper options (global and of install) that take the next word as their value. */
    static final Set<String> VALUE_OPTIONS = Set.of("-R", "--root", "-c", "--config", "-D", "--reposd-dir", "-C",
            "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "-r", "--repo", "--from", "-t",
            "--type", "--download", "--installroot", "-p", "--plus-repo", "--plus-content");
    /** Subcommands that download packages (and ask for confirmation). */
    static final Set<String> INSTALLING = Set.of("install", "in", "update", "up", "patch", "dist-upgrade", "dup",
            "source-install", "si", "install-new-recommends", "inr");
    static final Set<String> PROMPTING = Set.of("install", "in", "update", "up", "patch", "dist-upgrade", "dup",
            "source-install", "si", "install-new-recommends", "inr", "remove", "rm");

    private ZypperCommands() {
    }

    /** The operands: the subcommand first. */
    static List<String> operands(Command command) {
        return ShellArgs.operands(command.args(), VALUE_OPTIONS);
    }

    static String subcommand(Command command) {
        List<String> operands = operands(command);
        return operands.isEmpty() ? "" : operands.get(0);
    }
}
