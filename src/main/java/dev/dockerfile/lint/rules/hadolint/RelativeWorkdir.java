package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Words;

/** DL3000: a WORKDIR that is not an absolute path. */
final class RelativeWorkdir extends Rule {
    RelativeWorkdir() {
        super("DL3000", Severity.ERROR, "Use absolute WORKDIR",
                "a relative WORKDIR resolves against whatever directory the base image left, so the files land"
                        + " somewhere else when the base image changes",
                "Write the full path, e.g. `WORKDIR /app`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        String current = null; // the stage's last absolute WORKDIR, which a relative one continues from
        for (Instruction written : dockerfile.instructions()) {
            if (written.is("FROM")) {
                current = null;
            }
            // An ONBUILD WORKDIR runs in another build, whose directory this file does not know.
            boolean trigger = written.trigger() != null;
            Instruction instruction = trigger ? written.trigger() : written;
            if (!instruction.is("WORKDIR")) {
                continue;
            }
            String path = Words.unquote(instruction.arguments().strip(), dockerfile.escape());
            if (path.isEmpty() || InstructionWords.startsWithVariable(path)) {
                continue;
            }
            if (InstructionWords.isAbsolutePath(path)) {
                current = trigger ? current : path;
                continue;
            }
            String relative = path.replaceFirst("^(\\./)+", "");
            findings.add(this, written.startLine(), current == null || trigger
                    ? "WORKDIR `" + path + "` is relative: it depends on the base image's working directory. Use an"
                            + " absolute path, e.g. `WORKDIR /" + relative + "`."
                    : "WORKDIR `" + path + "` is relative to the WORKDIR before it: write the path it means, `WORKDIR "
                            + current.replaceFirst("/+$", "") + "/" + relative + "`.");
        }
    }
}
