package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;

/** DL3023: {@code COPY --from=<alias>} (or {@code --from=<index>}) inside the stage it names. */
final class CopyFromOwnStage extends Rule {
    CopyFromOwnStage() {
        super("DL3023", Severity.ERROR, "COPY --from cannot reference its own FROM alias",
                "a stage cannot copy from itself; the build fails with a circular dependency",
                "Copy from an earlier stage, or copy inside the stage with RUN cp.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                String from = instruction.is("COPY") ? instruction.flagValue("from") : null;
                if (from != null && (stage.isNamed(from) || from.equals(String.valueOf(stage.index())))) {
                    findings.add(this, instruction.startLine(), "COPY --from=" + from + " is inside stage `"
                            + (stage.name() != null ? stage.name() : from) + "` itself. Copy from an earlier stage"
                            + " instead.");
                }
            }
        }
    }
}
