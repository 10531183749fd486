package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;

/** DL3034: a zypper command that may prompt, without {@code -n}/{@code --non-interactive} or {@code -y}. */
final class ZypperNonInteractiveMissing extends Rule {
    ZypperNonInteractiveMissing() {
        super("DL3034", Severity.WARNING, "Non-interactive switch missing from zypper command: zypper install -y",
                "without a terminal zypper's confirmation prompt gets no answer and the build fails",
                "Add `-y` after the subcommand (`zypper install -y ...`) or `-n` before it (`zypper -n install ...`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("zypper")) {
                String sub = ZypperCommands.subcommand(command);
                if (ZypperCommands.PROMPTING.contains(sub)
                        && !ShellArgs.hasOption(command, "RcDCrtp", "-n", "--non-interactive", "-y", "--no-confirm")) {
                    findings.add(this, run.line(), "zypper " + sub + " without -n or -y waits for an answer. " + fix());
                    break;
                }
            }
        }
    }
}
