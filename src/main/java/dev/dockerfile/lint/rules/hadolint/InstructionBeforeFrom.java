package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;

/** DL3061: an instruction other than ARG before the first FROM. */
final class InstructionBeforeFrom extends Rule {
    InstructionBeforeFrom() {
        super("DL3061", Severity.ERROR,
                "Invalid instruction order. Dockerfile must begin with FROM, ARG or comment",
                "only ARG may come before the first FROM; the builder rejects anything else",
                "Move the instruction after the FROM it belongs to.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.globalInstructions()) {
            if (!instruction.is("ARG")) {
                findings.add(this, instruction.startLine(), instruction.keyword() + " comes before any FROM: a"
                        + " Dockerfile must begin with FROM, ARG or a comment. Move it after the FROM.");
            }
        }
    }
}
