package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;

/** DF006: the final image (its stage and the earlier stages it builds FROM) declares no EXPOSE. */
final class NoExposeInFinalStage extends Rule {
    NoExposeInFinalStage() {
        super("DF006", Severity.INFO, "Final stage has no EXPOSE",
                "EXPOSE documents the port the service listens on for `docker run -P`, orchestrators and readers",
                "Add `EXPOSE <port>` for the port the service listens on (none is needed for a batch job or CLI).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        Stage last = StageChain.finalStage(dockerfile);
        if (last == null) {
            return;
        }
        boolean exposes = StageChain.chain(dockerfile, last).stream()
                .flatMap(s -> s.instructions().stream())
                .anyMatch(i -> i.is("EXPOSE"));
        if (!exposes) {
            findings.add(this, last.from().startLine(), "The final stage has no EXPOSE: add `EXPOSE <port>` for the port"
                    + " the service listens on (e.g. `EXPOSE 8080`).");
        }
    }
}
