package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.HadolintPragma;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Comment;
import dev.dockerfile.parse.Dockerfile;

/**
 * DL1001: an inline {@code # hadolint ignore=...} pragma. Off by default, as in hadolint (its level is
 * "ignore"): teams that want every exception in {@code .hadolint.yaml} turn it on with a severity override.
 */
final class InlineIgnorePragma extends Rule {
    InlineIgnorePragma() {
        super("DL1001", Severity.NONE, "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`",
                "an exception written next to the line is easy to add and hard to review; a central ignore list in"
                        + " .hadolint.yaml keeps them in one place",
                "Remove the pragma and fix the finding, or list the rule under `ignored` in `.hadolint.yaml`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Comment comment : dockerfile.comments()) {
            HadolintPragma pragma = HadolintPragma.parse(comment.text());
            if (pragma != null && pragma.isInline()) {
                findings.add(this, comment.line());
            }
        }
    }
}
