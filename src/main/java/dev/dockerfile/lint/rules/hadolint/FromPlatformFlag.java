package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;

/** DL3029: FROM --platform with a constant value. */
final class FromPlatformFlag extends Rule {
    FromPlatformFlag() {
        super("DL3029", Severity.WARNING, "Do not use --platform flag with FROM",
                "a constant platform pins the image to one architecture and breaks multi-platform builds",
                "Remove `--platform`, or use a build variable such as `--platform=$BUILDPLATFORM`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (!instruction.is("FROM")) {
                continue;
            }
            String platform = instruction.flagValue("platform");
            if (platform != null && !platform.contains("$")) {
                findings.add(this, instruction.startLine(), "FROM --platform=" + platform + " fixes the platform"
                        + " to a constant. Remove the flag, or use `--platform=$BUILDPLATFORM` (or $TARGETPLATFORM).");
            }
        }
    }
}
