package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;

/** DL3035: {@code zypper dist-upgrade} (or {@code dup}) in a RUN. */
final class ZypperDistUpgradeUsed extends Rule {
    ZypperDistUpgradeUsed() {
        super("DL3035", Severity.WARNING, "Do not use zypper dist-upgrade",
                "a distribution upgrade inside a build turns the base image into another release, unreviewed and"
                        + " different on every build",
                "Use a newer base image tag instead, and `zypper update` or `zypper patch` for fixes.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("zypper")) {
                String sub = ZypperCommands.subcommand(command);
                if (sub.equals("dist-upgrade") || sub.equals("dup")) {
                    findings.add(this, run.line(), "RUN calls `zypper " + sub + "`. " + fix());
                    break;
                }
            }
        }
    }
}
