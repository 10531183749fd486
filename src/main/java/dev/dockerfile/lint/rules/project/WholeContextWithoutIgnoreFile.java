package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;

/** DF004: {@code COPY . .} (or ADD of the whole context) while no .dockerignore applies. */
final class WholeContextWithoutIgnoreFile extends Rule {
    WholeContextWithoutIgnoreFile() {
        super("DF004", Severity.WARNING, "Whole build context copied without a .dockerignore",
                "without an ignore file `.git`, build output, local secrets (.env) and editor files land in the image,"
                        + " and any change to them invalidates the layer cache",
                "Add a `.dockerignore` (or `<Dockerfile>.dockerignore`) that starts with `*` and re-includes only what"
                        + " the build needs (`!src`, `!pom.xml`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        if (context.hasIgnoreFile()) {
            return;
        }
        for (Instruction instruction : dockerfile.instructions()) {
            Instruction target = instruction.trigger() != null ? instruction.trigger() : instruction;
            if (CopySources.of(target, dockerfile.escape()).stream().anyMatch(CopySources::isWholeContext)) {
                findings.add(this, instruction.startLine(), target.keyword() + " copies the whole build context and no"
                        + " .dockerignore applies: .git, build output and local secrets end up in the image. " + fix());
            }
        }
    }
}
