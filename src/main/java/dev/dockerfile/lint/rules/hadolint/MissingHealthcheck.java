package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.List;

/**
 * DL3057: a stage without HEALTHCHECK (not even {@code HEALTHCHECK NONE}). Off by default, as in hadolint. A
 * stage passes when it has one, when the stage it is built FROM had passed by then, or when a stage built from
 * it later has one (the chain ends in a checked image); a branch of the chain that ends without one is
 * reported, as hadolint does, on its FROM.
 */
final class MissingHealthcheck extends Rule {
    MissingHealthcheck() {
        super("DL3057", Severity.NONE, "HEALTHCHECK instruction missing",
                "without a HEALTHCHECK the engine only knows whether the process runs, not whether it serves",
                "Add `HEALTHCHECK CMD [\"/app/healthcheck\"]` (or `HEALTHCHECK NONE` to state there is none).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        boolean[] good = new boolean[stages.size()];
        for (Stage stage : stages) {
            Stage parent = dockerfile.parent(stage);
            good[stage.index()] = parent != null && good[parent.index()];
            if (stage.instructions().stream().anyMatch(i -> i.is("HEALTHCHECK"))) {
                good[stage.index()] = true;
                // The chain this stage ends passes with it; a good stage's own bases passed already.
                for (Stage base = parent; base != null && !good[base.index()]; base = dockerfile.parent(base)) {
                    good[base.index()] = true;
                }
            }
        }
        for (Stage stage : stages) {
            if (!good[stage.index()]) {
                findings.add(this, stage.from().startLine());
            }
        }
    }
}
