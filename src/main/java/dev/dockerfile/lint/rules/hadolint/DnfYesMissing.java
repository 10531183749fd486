package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.Set;

/** DL3038: {@code dnf install} / {@code microdnf install} (or another prompting subcommand) without {@code -y}. */
final class DnfYesMissing extends Rule {
    static final Set<String> DNF = Set.of("dnf", "dnf5", "microdnf");

    DnfYesMissing() {
        super("DL3038", Severity.WARNING, "Use the -y switch to avoid manual input: dnf install -y <package>",
                "without a terminal dnf's confirmation prompt gets no answer and the build fails",
                "Add `-y`: `dnf install -y <package>-<version>` (also for microdnf).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands()) {
                if (!DNF.contains(command.name())) {
                    continue;
                }
                RpmPackageCommands.Action action = RpmPackageCommands.action(command);
                if (RpmPackageCommands.PROMPTING.contains(action.verb()) && !RpmPackageCommands.assumesYes(command)) {
                    findings.add(this, run.line(), command.name() + " " + action.verb() + " without -y waits for an"
                            + " answer. " + fix());
                    break;
                }
            }
        }
    }
}
