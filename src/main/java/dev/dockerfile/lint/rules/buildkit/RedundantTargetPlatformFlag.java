package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import dev.dockerfile.parse.Words;
import java.util.Set;

/** RedundantTargetPlatform: {@code FROM --platform=$TARGETPLATFORM}, which is the default anyway. */
final class RedundantTargetPlatformFlag extends Rule {
    RedundantTargetPlatformFlag() {
        super("RedundantTargetPlatform", Severity.WARNING,
                "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
                "the base image is already pulled for the target platform; the flag only adds noise",
                "Remove `--platform=$TARGETPLATFORM` from the FROM line.");
    }

    /** hadolint's DL3065 flags the same two spellings. */
    @Override
    public Set<String> aliases() {
        return Set.of("DL3065");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            String platform = stage.from().flagValue("platform");
            if (platform == null) {
                continue;
            }
            String value = Words.unquote(platform, dockerfile.escape()).strip();
            if (value.equals("$TARGETPLATFORM") || value.equals("${TARGETPLATFORM}")) {
                findings.add(this, stage.from().startLine(), "Setting platform to predefined " + value + " in FROM is"
                        + " redundant as this is the default behavior: remove `--platform=" + platform + "`.");
            }
        }
    }
}
