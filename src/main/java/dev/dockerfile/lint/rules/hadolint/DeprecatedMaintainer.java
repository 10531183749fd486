package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.Set;

/** DL4000: the MAINTAINER instruction. */
final class DeprecatedMaintainer extends Rule {
    DeprecatedMaintainer() {
        super("DL4000", Severity.ERROR, "MAINTAINER is deprecated",
                "MAINTAINER was deprecated in favour of labels, which tools can read",
                "Use `LABEL org.opencontainers.image.authors=\"name <email>\"` instead.");
    }

    /** BuildKit's check of the same thing, on the same line: one finding answers to both ids. */
    @Override
    public Set<String> aliases() {
        return Set.of("MaintainerDeprecated");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.is("MAINTAINER")) {
                findings.add(this, instruction.startLine(), "MAINTAINER is deprecated. Replace it with `LABEL"
                        + " org.opencontainers.image.authors=\"" + instruction.arguments().replace("\"", "'") + "\"`.");
            }
        }
    }
}
