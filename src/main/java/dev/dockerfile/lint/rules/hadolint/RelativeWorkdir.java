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
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if (!instruction.is("WORKDIR")) {
                continue;
            }
            String path = Words.unquote(instruction.arguments().strip(), dockerfile.escape());
            if (path.isEmpty() || InstructionWords.isAbsolutePath(path) || InstructionWords.startsWithVariable(path)) {
                continue;
            }
            String absolute = "/" + path.replaceFirst("^(\\./)+", "");
            findings.add(this, instruction.startLine(), "WORKDIR `" + path + "` is relative: it depends on the"
                    + " base image's working directory. Use an absolute path, e.g. `WORKDIR " + absolute + "`.");
        }
    }
}
