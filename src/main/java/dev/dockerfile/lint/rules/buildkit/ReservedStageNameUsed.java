package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.Locale;
import java.util.Set;

/** ReservedStageName: a stage named {@code scratch} or {@code context}. */
final class ReservedStageNameUsed extends Rule {
    private static final Set<String> RESERVED = Set.of("scratch", "context");

    ReservedStageNameUsed() {
        super("ReservedStageName", Severity.WARNING, "Reserved words should not be used as stage names",
                "`scratch` is the empty base image and `context` the build context: a stage with that name is"
                        + " ambiguous in FROM and COPY --from",
                "Rename the stage (e.g. `AS base` or `AS build`) and update its references.");
    }

    /** hadolint's DL3063 flags the same two names. */
    @Override
    public Set<String> aliases() {
        return Set.of("DL3063");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            if (stage.name() != null && RESERVED.contains(stage.name().toLowerCase(Locale.ROOT))) {
                findings.add(this, stage.from().startLine(), "'" + stage.name() + "' is reserved and should not be used"
                        + " as a stage name: rename the stage (e.g. `AS build`) and update its references.");
            }
        }
    }
}
