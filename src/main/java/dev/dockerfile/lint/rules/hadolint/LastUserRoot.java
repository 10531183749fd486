package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.List;

/** DL3002: the final stage's last USER is root. */
final class LastUserRoot extends Rule {
    LastUserRoot() {
        super("DL3002", Severity.WARNING, "Last USER is root",
                "the container runs with full privileges; a compromised process owns the container",
                "Add `USER 10001` (a numeric non-root id) before CMD/ENTRYPOINT.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        if (stages.isEmpty()) {
            return;
        }
        Instruction lastUser = null;
        for (Instruction instruction : stages.get(stages.size() - 1).instructions()) {
            if (instruction.is("USER")) {
                lastUser = instruction;
            }
        }
        if (lastUser != null) {
            String user = lastUser.arguments().split(":")[0].strip();
            if (user.equals("root") || user.equals("0")) {
                findings.add(this, lastUser.startLine(), "Last USER is root: the container runs with full privileges."
                        + " " + fix());
            }
        }
    }
}
