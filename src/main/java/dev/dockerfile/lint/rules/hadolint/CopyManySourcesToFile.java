package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;

/** DL3021: COPY of several sources to a destination that does not end with {@code /}. */
final class CopyManySourcesToFile extends Rule {
    CopyManySourcesToFile() {
        super("DL3021", Severity.ERROR, "COPY with more than 2 arguments requires the last argument to end with /",
                "with several sources the destination must be a directory; without the trailing / the build fails",
                "End the destination with `/`, e.g. `COPY a b /app/`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if (!instruction.is("COPY")) {
                continue;
            }
            InstructionWords.CopyOperands operands = InstructionWords.copyOperands(instruction, dockerfile.escape());
            if (operands == null || operands.sources().size() < 2) {
                continue;
            }
            String destination = operands.destination();
            boolean directory = destination.endsWith("/") || dockerfile.escape() == '`' && destination.endsWith("\\");
            if (!directory && !destination.contains("$")) {
                findings.add(this, instruction.startLine(), "COPY of " + operands.sources().size() + " sources to `"
                        + destination + "`: with several sources the destination must be a directory ending with"
                        + " `/`. Write `" + destination + "/`.");
            }
        }
    }
}
