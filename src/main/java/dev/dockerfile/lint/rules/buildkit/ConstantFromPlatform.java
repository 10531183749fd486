package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import dev.dockerfile.parse.Words;
import java.util.Locale;

/**
 * FromPlatformFlagConstDisallowed: {@code FROM --platform=linux/amd64}, a constant platform. Accepted
 * when the stage name names the platform's OS or architecture ({@code AS build_amd64}): such stages
 * are platform-specific on purpose and picked with {@code FROM build_${TARGETARCH}}.
 */
final class ConstantFromPlatform extends Rule {
    ConstantFromPlatform() {
        super("FromPlatformFlagConstDisallowed", Severity.WARNING,
                "FROM --platform flag should not use a constant value",
                "a constant platform pins the stage to one architecture and prevents multi-platform builds",
                "Drop `--platform` and pass it on the command line, or use a variable such as"
                        + " `--platform=$BUILDPLATFORM`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            String platform = stage.from().flagValue("platform");
            if (platform == null) {
                continue;
            }
            String value = Words.unquote(platform, dockerfile.escape()).strip();
            if (value.isEmpty() || value.indexOf('$') >= 0 || namesPlatform(stage.name(), value)) {
                continue;
            }
            findings.add(this, stage.from().startLine(), "FROM --platform flag should not use constant value \""
                    + value + "\": remove the flag (pass `--platform` to the build) or use `--platform=$BUILDPLATFORM`;"
                    + " a stage meant for one platform should say so in its name (`AS build_"
                    + value.substring(value.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT) + "`).");
        }
    }

    private static boolean namesPlatform(String stageName, String platform) {
        if (stageName == null) {
            return false;
        }
        String name = stageName.toLowerCase(Locale.ROOT);
        for (String part : platform.toLowerCase(Locale.ROOT).split("[/,]")) {
            if (part.length() > 1 && name.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
