package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;

/**
 * DL4006: a shell-form RUN pipes one command into another while the shell does not set {@code -o pipefail}.
 * A SHELL earlier in the stage (or in the stage it is built FROM) with bash, zsh, ash or ksh and
 * {@code -o pipefail} satisfies it, and so does {@code set -o pipefail} in the RUN itself. Exec form and
 * non-POSIX shells (PowerShell, cmd) are not checked.
 */
final class PipefailMissing extends Rule {
    PipefailMissing() {
        super("DL4006", Severity.WARNING, "Set the SHELL option -o pipefail before RUN with a pipe in it",
                "a pipeline's status is that of its last command, so `curl ... | tar x` succeeds when the download"
                        + " fails and the build goes on with a broken layer",
                "Add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (on Alpine: `/bin/ash`) before this RUN.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            if (run.isExecForm() || !run.hasPipe() || run.shellSetsPipefail() || setsPipefailItself(run)) {
                continue;
            }
            findings.add(this, run.line(), "RUN has a pipe but the shell does not set -o pipefail, so a failure before"
                    + " the last command goes unnoticed. " + fix());
        }
    }

    private static boolean setsPipefail(Command command) {
        return command.is("set") && ShellArgs.setsPipefail(command.args());
    }

    private static boolean setsPipefailItself(ShellRun run) {
        return run.commands().stream().anyMatch(PipefailMissing::setsPipefail);
    }
}
