package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;

/**
 * DL3002: a stage whose last USER is root. As in hadolint, every stage counts, not only the final one: a stage
 * built FROM a root stage without a USER of its own runs as root too, and the report is on the USER that made
 * it so; a stage without any USER is not reported (its base image decides).
 */
final class LastUserRoot extends Rule {
    LastUserRoot() {
        super("DL3002", Severity.WARNING, "Last USER is root",
                "the container runs with full privileges; a compromised process owns the container",
                "Add `USER 10001` (a numeric non-root id) before CMD/ENTRYPOINT.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            Instruction lastUser = null;
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("USER")) {
                    lastUser = instruction;
                }
            }
            if (lastUser != null && isRoot(lastUser.arguments().strip())) {
                findings.add(this, lastUser.startLine(), "Last USER is root: the container runs with full"
                        + " privileges. " + fix());
            }
        }
    }

    /** {@code root} or uid 0, alone or with a group. */
    private static boolean isRoot(String user) {
        return user.equals("root") || user.equals("0") || user.startsWith("root:") || user.startsWith("0:");
    }
}
