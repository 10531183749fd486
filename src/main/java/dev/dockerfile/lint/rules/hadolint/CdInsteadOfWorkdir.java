package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;

/** DL3003: a RUN changes directory with {@code cd} instead of a WORKDIR instruction. */
final class CdInsteadOfWorkdir extends Rule {
    CdInsteadOfWorkdir() {
        super("DL3003", Severity.WARNING, "Use WORKDIR to switch to a directory",
                "`cd` lasts only for its RUN, so later instructions silently run elsewhere; WORKDIR states the"
                        + " directory once, for every following instruction, and creates it",
                "Replace `cd /path && ...` with `WORKDIR /path` before the RUN.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            if (run.uses("cd")) {
                findings.add(this, run.line(), "RUN uses `cd` to switch directory. " + fix());
            }
        }
    }
}
