package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.List;
import java.util.TreeSet;

/**
 * DL3049: a stage without a label the {@code label-schema} lists, reported on its FROM once per label. As in
 * hadolint, a stage has the label when it sets it or is built FROM a stage that had it by then; a stage that a
 * later {@code COPY --from} copies out of, or that a stage setting the label is built FROM, is not reported (its
 * image is not what ships). Off without a schema.
 */
final class MissingSchemaLabel extends Rule {
    MissingSchemaLabel() {
        super("DL3049", Severity.INFO, "Label is missing",
                "the label schema says which labels every image carries; tools that read them find nothing",
                "Add the label to the stage: `LABEL <name>=\"<value>\"`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        for (String label : new TreeSet<>(context.labelSchema().keySet())) {
            boolean[] has = new boolean[stages.size()];
            boolean[] notShipped = new boolean[stages.size()];
            for (Stage stage : stages) {
                Stage parent = dockerfile.parent(stage);
                has[stage.index()] = parent != null && has[parent.index()];
                for (Instruction instruction : stage.instructions()) {
                    if (instruction.is("LABEL") && instruction.pairs().stream().map(KeyValue::key).anyMatch(label::equals)) {
                        has[stage.index()] = true;
                        if (parent != null) {
                            notShipped[parent.index()] = true;
                        }
                    } else if (instruction.is("COPY") && instruction.flagValue("from") != null) {
                        Stage source = dockerfile.earlierStage(stage.index() + 1, instruction.flagValue("from"));
                        if (source != null) {
                            notShipped[source.index()] = true;
                        }
                    }
                }
            }
            for (Stage stage : stages) {
                if (!has[stage.index()] && !notShipped[stage.index()]) {
                    findings.add(this, stage.from().startLine(), "Label `" + label + "` of the label schema is missing"
                            + " in this stage. " + fix());
                }
            }
        }
    }
}
