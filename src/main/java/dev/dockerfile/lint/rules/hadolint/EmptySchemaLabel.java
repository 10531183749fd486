package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.KeyValue;

/** DL3051: a schema label with an empty value. */
final class EmptySchemaLabel extends Rule {
    EmptySchemaLabel() {
        super("DL3051", Severity.WARNING, "Label is empty",
                "the schema asks for the label to carry information; an empty value only pretends to",
                "Give the label its value, or remove it.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (InstructionWords.Label label : InstructionWords.labels(dockerfile)) {
            KeyValue pair = label.pair();
            if (context.labelSchema().containsKey(pair.key()) && pair.value().isEmpty()) {
                findings.add(this, label.line(), "Label `" + pair.key() + "` is empty. " + fix());
            }
        }
    }
}
