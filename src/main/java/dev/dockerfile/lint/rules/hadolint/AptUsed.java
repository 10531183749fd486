package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;

/** DL3027: a RUN calls {@code apt}, the interactive front end, instead of {@code apt-get}/{@code apt-cache}. */
final class AptUsed extends Rule {
    AptUsed() {
        super("DL3027", Severity.WARNING, "Do not use apt, use apt-get or apt-cache",
                "apt is meant for people at a terminal: its output and behaviour may change between releases and it"
                        + " warns that it has no stable command-line interface for scripts",
                "Replace `apt` with `apt-get` (install, update, remove) or `apt-cache` (search, show).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            if (run.uses("apt")) {
                findings.add(this, run.line(), "RUN uses `apt`, an end-user tool without a stable interface. " + fix());
            }
        }
    }
}
