package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;

/** DL3067: {@code COPY --from=stage / /}, another stage's whole filesystem over this one's. */
final class WholeFilesystemCopied extends Rule {
    WholeFilesystemCopied() {
        super("DL3067", Severity.WARNING, "Do not copy an entire filesystem from another stage",
                "the copy brings the other stage's package manager, caches and build tools along and overwrites this"
                        + " stage's system files, so the slim final stage is no longer slim",
                "Copy only what the application needs, e.g. `COPY --from=build /app /app`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if (!instruction.is("COPY") || instruction.flagValue("from") == null) {
                continue;
            }
            InstructionWords.CopyOperands operands = InstructionWords.writtenCopyOperands(instruction);
            if (operands != null && operands.destination().equals("/") && operands.sources().contains("/")) {
                findings.add(this, instruction.startLine());
            }
        }
    }
}
