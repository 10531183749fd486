package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Severity;

/** DL4004: more than one ENTRYPOINT in a stage. */
final class MultipleEntrypoints extends RepeatedStageInstruction {
    MultipleEntrypoints() {
        super("DL4004", Severity.ERROR, "ENTRYPOINT", "Multiple ENTRYPOINT instructions found",
                "if you list more than one ENTRYPOINT then only the last ENTRYPOINT takes effect",
                "Keep a single ENTRYPOINT per stage.");
    }
}
