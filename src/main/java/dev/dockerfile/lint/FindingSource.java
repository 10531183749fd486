package dev.dockerfile.lint;

import dev.dockerfile.parse.Dockerfile;
import java.util.List;

/**
 * Findings from outside the rule set (an external tool such as ShellCheck), filtered by the same
 * pragmas and configuration as the rules' own, so {@code # hadolint ignore=SC2086} works on them.
 */
@FunctionalInterface
public interface FindingSource {
    /** No extra findings. */
    FindingSource NONE = dockerfile -> List.of();

    List<Finding> findings(Dockerfile dockerfile);
}
