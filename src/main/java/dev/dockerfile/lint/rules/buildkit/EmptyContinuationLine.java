package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;

/** NoEmptyContinuation: a blank line inside a continued instruction; reported at the blank line. */
final class EmptyContinuationLine extends Rule {
    EmptyContinuationLine() {
        super("NoEmptyContinuation", Severity.WARNING,
                "Empty continuation lines will become errors in a future release",
                "blank lines after a line continuation are deprecated and a future Dockerfile syntax will reject them",
                "Remove the blank line, or turn it into a comment line (`#`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (int line : dockerfile.emptyContinuationLines()) {
            Instruction instruction = dockerfile.instructionAt(line);
            String keyword = instruction == null ? "the instruction"
                    : instruction.keyword() + " of line " + instruction.startLine();
            findings.add(this, line, "Empty continuation line in " + keyword + ": remove the blank line or make it a"
                    + " comment; blank lines after a `" + dockerfile.escape() + "` continuation will become errors.");
        }
    }
}
