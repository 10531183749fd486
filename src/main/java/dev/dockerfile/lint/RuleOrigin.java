package dev.dockerfile.lint;

import java.util.Locale;
import java.util.regex.Pattern;

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
        if (HADOLINT_ID.matcher(id).matches()) {
            return HADOLINT;
        }
        return PROJECT_ID.matcher(id).matches() ? PROJECT : BUILDKIT;
    }

    // Compiled once: pragmas and the merging of same-check findings ask for every finding.
    private static final Pattern HADOLINT_ID = Pattern.compile("(DL|SC)\\d+");
    private static final Pattern PROJECT_ID = Pattern.compile("DF\\d+");

    /** The project's home (the POM's {@code <url>}). */
    public static final String PROJECT_URL = "https://github.com/dockerfile-maven-plugin/dockerfile-maven-plugin";
    /** This project's page of its own rules, one section per id (generated with the rule table in docs/rules.md). */
    static final String PROJECT_RULES_PAGE = PROJECT_URL + "/blob/main/docs/rules.md";

    /**
     * Where the owner documents {@code id}: hadolint's wiki (ShellCheck's own for {@code SC} ids),
     * BuildKit's reference (its pages are the names in kebab case: {@code JSONArgsRecommended} is
     * {@code json-args-recommended}), and {@code docs/rules.md} for ours.
     */
    public String documentationUrl(String id) {
        return switch (this) {
            case HADOLINT -> id.startsWith("SC") ? "https://www.shellcheck.net/wiki/" + id
                    : "https://github.com/hadolint/hadolint/wiki/" + id;
            case BUILDKIT -> "https://docs.docker.com/reference/build-checks/" + kebabCase(id) + "/";
            case PROJECT -> PROJECT_RULES_PAGE + "#" + id.toLowerCase(Locale.ROOT);
        };
    }

    /** {@code SecretsUsedInArgOrEnv} is {@code secrets-used-in-arg-or-env}; an acronym stays one word. */
    private static String kebabCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
