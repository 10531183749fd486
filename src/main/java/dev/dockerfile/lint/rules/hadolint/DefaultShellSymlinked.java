package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.List;
import java.util.Set;

/** DL4005: a RUN replaces {@code /bin/sh} with a symlink ({@code ln -sf /bin/bash /bin/sh}). */
final class DefaultShellSymlinked extends Rule {
    private static final Set<String> SYSTEM_SH = Set.of("/bin/sh", "/usr/bin/sh");

    DefaultShellSymlinked() {
        super("DL4005", Severity.WARNING, "Use SHELL to change the default shell",
                "relinking /bin/sh changes the shell of every script and package hook in the image, not just of the"
                        + " Dockerfile's RUNs, and hides the change from readers",
                "Remove the `ln` and add `SHELL [\"/bin/bash\", \"-c\"]` before the RUNs that need bash.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("ln")) {
                List<String> operands = Command.operands(command.args(), Set.of("-S", "--suffix", "-t",
                        "--target-directory"));
                if (ShellArgs.hasOption(command, "St", "-s", "--symbolic") && !operands.isEmpty()
                        && SYSTEM_SH.contains(operands.get(operands.size() - 1))) {
                    findings.add(this, run.line(), "RUN relinks /bin/sh to change the default shell. " + fix());
                    break;
                }
            }
        }
    }
}
