package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;

/** DL3004: a RUN uses {@code sudo}. */
final class SudoUsed extends Rule {
    SudoUsed() {
        super("DL3004", Severity.ERROR, "Do not use sudo",
                "sudo depends on a TTY, PAM and sudoers configuration that images rarely have, and behaves"
                        + " unpredictably; the build already runs as whatever USER says",
                "Drop `sudo`: switch with `USER root` before the RUN (and back to the non-root USER after),"
                        + " or use a tool like gosu in an entrypoint.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            if (run.uses("sudo")) {
                findings.add(this, run.line(), "RUN uses sudo, which leads to unpredictable behaviour. " + fix());
            }
        }
    }
}
