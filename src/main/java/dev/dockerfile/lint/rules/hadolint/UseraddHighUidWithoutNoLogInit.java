package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;

/**
 * DL3046: {@code useradd} with a high UID (six digits or more) and without {@code -l}
 * ({@code --no-log-init}).
 */
final class UseraddHighUidWithoutNoLogInit extends Rule {
    UseraddHighUidWithoutNoLogInit() {
        super("DL3046", Severity.WARNING, "useradd without flag -l and high UID will result in excessively large image",
                "useradd writes the user's entry into the sparse files /var/log/lastlog and faillog at an offset"
                        + " proportional to the UID; image layers do not keep files sparse, so a high UID adds"
                        + " hundreds of megabytes of zeros",
                "Add `--no-log-init` (`-l`): `useradd --no-log-init --uid 123456 app`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("useradd")) {
                String uid = ShellArgs.value(command.args(), "-u", "--uid");
                if (uid != null && uid.matches("[0-9]{6,}") && !ShellArgs.hasOption(command, "ugGdscefkKbpZR", "-l", "--no-log-init")) {
                    findings.add(this, run.line(), "useradd creates UID " + uid + " without --no-log-init, which"
                            + " writes a huge sparse lastlog into the layer. " + fix());
                    break;
                }
            }
        }
    }
}
