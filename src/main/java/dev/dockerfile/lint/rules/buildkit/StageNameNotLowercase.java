package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.Locale;

/** StageNameCasing: a stage name with upper-case letters. */
final class StageNameNotLowercase extends Rule {
    StageNameNotLowercase() {
        super("StageNameCasing", Severity.WARNING, "Stage names should be lowercase",
                "lower-case stage names are easy to tell apart from instruction keywords",
                "Rename the stage in lower case (`AS builder-base`) and update its `--from=` and `FROM` references.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            String name = stage.name();
            if (name != null && !name.equals(name.toLowerCase(Locale.ROOT))) {
                findings.add(this, stage.from().startLine(), "Stage name '" + name + "' should be lowercase: write `AS "
                        + name.toLowerCase(Locale.ROOT) + "` and update the references to it.");
            }
        }
    }
}
