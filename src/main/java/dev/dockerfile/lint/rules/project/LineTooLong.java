package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParser;
import dev.dockerfile.parse.LongLine;
import java.util.Locale;

/** DF009: a line longer than BuildKit's scanner reads; BuildKit fails on the whole file. */
final class LineTooLong extends Rule {
    LineTooLong() {
        super("DF009", Severity.ERROR, "Line longer than 65,535 bytes",
                "BuildKit reads a Dockerfile line by line into a 64 KiB buffer and fails the whole build on a longer"
                        + " line (\"dockerfile line greater than max allowed size of 65535\")",
                "Split the line with `\\` continuations (each physical line counts on its own), or move long data"
                        + " into a file the build COPYs.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (LongLine line : dockerfile.longLines()) {
            findings.add(this, line.line(), String.format(Locale.ROOT, "Line %d is %,d bytes long; BuildKit reads at most %,d and"
                    + " fails the build on it. Split it with `%s` continuations (each physical line counts on its"
                    + " own), or move long data into a file the build COPYs.", line.line(), line.bytes(),
                    DockerfileParser.MAX_LINE_BYTES, dockerfile.escape()));
        }
    }
}
