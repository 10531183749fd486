package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Severity;

/** DL4003: more than one CMD in a stage. */
final class MultipleCmds extends RepeatedStageInstruction {
    MultipleCmds() {
        super("DL4003", Severity.WARNING, "CMD", "Multiple CMD instructions found",
                "if you list more than one CMD then only the last CMD takes effect",
                "Keep a single CMD per stage; chain commands in a script if several must run.");
    }
}
