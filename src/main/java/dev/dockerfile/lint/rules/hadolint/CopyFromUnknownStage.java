package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.List;

/**
 * DL3022: {@code COPY --from=<name>} where no earlier FROM defines that alias. Stage indexes,
 * variables and image references (holding {@code :} or {@code /}) are fine; the stage's own alias is
 * DL3023's case.
 */
final class CopyFromUnknownStage extends Rule {
    CopyFromUnknownStage() {
        super("DL3022", Severity.WARNING, "COPY --from should reference a previously defined FROM alias",
                "an unknown name is pulled as an image from Docker Hub instead of naming a stage, usually a typo",
                "Name the stage with `FROM <image> AS <name>` before the COPY, or use a full image reference.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        for (Stage stage : stages) {
            for (Instruction instruction : stage.instructions()) {
                if (!instruction.is("COPY")) {
                    continue;
                }
                String from = instruction.flagValue("from");
                if (from == null || from.isEmpty() || StageNames.isIndex(from) || from.contains(":")
                        || from.contains("/") || from.contains("$") || stage.isNamed(from)
                        || StageNames.namesEarlierStage(dockerfile, stage.index(), from)) {
                    continue;
                }
                findings.add(this, instruction.startLine(), "COPY --from=" + from + " names no earlier stage, so"
                        + " Docker pulls an image called `" + from + "`. Define `FROM <image> AS " + from
                        + "` before this COPY, or fix the name.");
            }
        }
    }
}
