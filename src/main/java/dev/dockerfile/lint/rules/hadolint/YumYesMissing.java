package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;

/** DL3030: {@code yum install} (or another prompting subcommand) without {@code -y}. */
final class YumYesMissing extends Rule {
    YumYesMissing() {
        super("DL3030", Severity.WARNING, "Use the -y switch to avoid manual input: yum install -y <package>",
                "without a terminal yum's confirmation prompt gets no answer and the build fails",
                "Add `-y`: `yum install -y <package>-<version>`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("yum")) {
                RpmPackageCommands.Action action = RpmPackageCommands.action(command);
                if (RpmPackageCommands.PROMPTING.contains(action.verb()) && !RpmPackageCommands.assumesYes(command)) {
                    findings.add(this, run.line(), "yum " + action.verb() + " without -y waits for an answer. " + fix());
                    break;
                }
            }
        }
    }
}
