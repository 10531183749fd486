package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import java.util.List;

/** DL3050: with {@code strict-labels}, a LABEL outside the schema. */
final class SuperfluousLabel extends Rule {
    SuperfluousLabel() {
        super("DL3050", Severity.INFO, "Superfluous label(s) present",
                "with strict labels the schema is the complete list: another label is a typo or undocumented",
                "Remove the label, fix its name, or add it to `label-schema` in `.hadolint.yaml`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        if (!context.strictLabels()) {
            return;
        }
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            List<String> extra = !instruction.is("LABEL") ? List.of() : instruction.pairs().stream()
                    .map(KeyValue::key).filter(key -> !context.labelSchema().containsKey(key)).toList();
            if (!extra.isEmpty()) {
                findings.add(this, instruction.startLine(), "Label " + ShellArgs.list(extra)
                        + " is not in the label schema. " + fix());
            }
        }
    }
}
