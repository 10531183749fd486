package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;

/**
 * DL4001: a stage uses both {@code wget} and {@code curl}. Each RUN that uses one of them after (or together
 * with) the other in the same stage is reported.
 */
final class WgetAndCurlBothUsed extends Rule {
    WgetAndCurlBothUsed() {
        super("DL4001", Severity.WARNING, "Either use wget or curl but not both",
                "two download tools do one job: both must be installed, kept and patched, and the image is bigger",
                "Use one tool for every download in the stage (curl -fsSLO or wget --progress=dot:giga).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellStage stage : ShellRuns.read(dockerfile)) {
            boolean wget = false;
            boolean curl = false;
            for (ShellRun run : stage.runs()) {
                if (!run.posix()) {
                    continue;
                }
                boolean usesWget = run.uses("wget");
                boolean usesCurl = run.uses("curl");
                if (usesWget && (curl || usesCurl) || usesCurl && wget) {
                    findings.add(this, run.line(), "This stage downloads with both wget and curl. " + fix());
                }
                wget |= usesWget;
                curl |= usesCurl;
            }
        }
    }
}
