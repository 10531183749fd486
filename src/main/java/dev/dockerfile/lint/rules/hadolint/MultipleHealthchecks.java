package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Severity;

/** DL3012: more than one HEALTHCHECK in a stage. */
final class MultipleHealthchecks extends RepeatedStageInstruction {
    MultipleHealthchecks() {
        super("DL3012", Severity.ERROR, "HEALTHCHECK", "Multiple HEALTHCHECK instructions",
                "only the last HEALTHCHECK of a stage is used, so the others mislead the reader",
                "Keep a single HEALTHCHECK per stage.");
    }
}
