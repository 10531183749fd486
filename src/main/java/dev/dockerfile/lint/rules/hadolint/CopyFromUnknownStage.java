package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.analysis.HadolintStages;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;

/**
 * DL3022: {@code COPY --from=<name>} where no earlier FROM defines that alias, or {@code --from=<index>}
 * beyond the stages defined so far (as hadolint counts them; a fragment without FROM has none). Variables and
 * image references (holding {@code :} or {@code /}) are fine; the stage's own alias or index is DL3023's case.
 */
final class CopyFromUnknownStage extends Rule {
    CopyFromUnknownStage() {
        super("DL3022", Severity.WARNING, "COPY --from should reference a previously defined FROM alias",
                "an unknown name is pulled as an image from Docker Hub instead of naming a stage, usually a typo",
                "Name the stage with `FROM <image> AS <name>` before the COPY, or use a full image reference.");
    }

    /**
     * True for an index up to the current stage (the current one is DL3023's), the stage's own or an earlier
     * stage's name, and for what is no stage name at all: a variable or an image reference.
     */
    private static boolean refersToAStage(Dockerfile dockerfile, Stage stage, String from) {
        if (StageNames.isIndex(from)) {
            // Nine digits cover any stage count a file can have; a longer number names none.
            return stage.from() != null && from.length() <= 9 && Integer.parseInt(from) <= stage.index();
        }
        return from.contains(":") || from.contains("/") || from.contains("$") || stage.isNamed(from)
                || StageNames.namesEarlierStage(dockerfile, stage.index(), from);
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : HadolintStages.of(dockerfile)) {
            for (Instruction instruction : stage.instructions()) {
                if (!instruction.is("COPY")) {
                    continue;
                }
                String from = instruction.flagValue("from");
                if (from == null || from.isEmpty() || refersToAStage(dockerfile, stage, from)) {
                    continue;
                }
                findings.add(this, instruction.startLine(), StageNames.isIndex(from)
                        ? "COPY --from=" + from + " counts beyond the stages defined so far. Copy from an earlier"
                                + " stage, by its index or name."
                        : "COPY --from=" + from + " names no earlier stage, so Docker pulls an image called `" + from
                                + "`. Define `FROM <image> AS " + from + "` before this COPY, or fix the name.");
            }
        }
    }
}
