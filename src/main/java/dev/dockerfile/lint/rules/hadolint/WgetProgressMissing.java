package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;

/** DL3047: {@code wget} without {@code --progress} (and not quiet, nor logging to a file). */
final class WgetProgressMissing extends Rule {
    WgetProgressMissing() {
        super("DL3047", Severity.INFO,
                "wget without flag --progress will result in excessively bloated build logs when downloading larger"
                        + " files",
                "without a terminal wget prints a progress line for every few kilobytes, so one download fills the"
                        + " build log with thousands of lines",
                "Add `--progress=dot:giga` (or `-q`/`-nv` to silence it).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("wget")) {
                if (!ShellArgs.hasOption(command, "oaOPetTwQUiBlDAIRXn", "--progress", "-q", "--quiet", "-nv",
                        "--no-verbose", "-o", "--output-file", "-a", "--append-output")) {
                    findings.add(this, run.line(), "wget without --progress floods the build log. " + fix());
                    break;
                }
            }
        }
    }
}
