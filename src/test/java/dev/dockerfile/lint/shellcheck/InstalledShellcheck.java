package dev.dockerfile.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code shellcheck} on the PATH, for the tests that run the real program. Without one they are
 * skipped (the console says why, through {@code SkipReasons}), except on CI ({@code CI=true} or
 * {@code DOCKERFILE_IT_DOCKER=require}), which installs it: there a missing one fails them, so they never
 * pass without having run it.
 */
public final class InstalledShellcheck {
    private InstalledShellcheck() {
    }

    public static Path require() {
        Optional<Path> found = ShellcheckBinary.find(null, Path.of("."), System.getenv("PATH"));
        if (found.isEmpty()) {
            String reason = "no shellcheck on the PATH (apt-get install shellcheck): the tests that run it are skipped";
            if ("true".equals(System.getenv("CI")) || "require".equals(System.getenv("DOCKERFILE_IT_DOCKER"))) {
                fail(reason + ", and CI needs them (.ci/run installs it)");
            }
            assumeTrue(false, reason);
        }
        return found.get();
    }
}
