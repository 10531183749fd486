package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import java.util.List;
import java.util.Set;

/** What the zypper rules (DL3034 to DL3037) share. */
final class ZypperCommands {
    /** Subcommands that download packages (and ask for confirmation). */
    static final Set<String> INSTALLING = Set.of("install", "in", "update", "up", "patch", "dist-upgrade", "dup",
            "source-install", "si", "install-new-recommends", "inr");
    static final Set<String> PROMPTING = Set.of("install", "in", "update", "up", "patch", "dist-upgrade", "dup",
            "source-install", "si", "install-new-recommends", "inr", "remove", "rm");

    private ZypperCommands() {
    }

    /** The operands: the subcommand first. */
    static List<String> operands(Command command) {
        return Command.operands(command.args(), ValueOptions.ZYPPER);
    }

    static String subcommand(Command command) {
        List<String> operands = operands(command);
        return operands.isEmpty() ? "" : operands.get(0);
    }
}
