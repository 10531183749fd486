package dev.dockerfile.lint;

/**
 * Whose rule a rule is: it decides the id's shape, where its documentation lives, and which
 * pragmas address it ({@code # check=skip=all} skips BuildKit's checks only).
 */
public enum RuleOrigin {
    /** hadolint's rules, ids {@code DL1234} (and ShellCheck's {@code SC1234}, which hadolint reports). */
    HADOLINT,
    /** BuildKit's build checks ({@code docker build --check}), ids that are names like {@code StageNameCasing}. */
    BUILDKIT,
    /** This plugin's own rules, ids {@code DF001}. */
    PROJECT;

    /** The origin an id's shape says: {@code DL}/{@code SC} numbers are hadolint's, {@code DF} ours, names BuildKit's. */
    public static RuleOrigin ofId(String id) {
        if (id.matches("(DL|SC)\\d+")) {
            return HADOLINT;
        }
        return id.matches("DF\\d+") ? PROJECT : BUILDKIT;
    }
}
