package dev.dockerfile.lint;

import dev.dockerfile.parse.Dockerfile;
import java.util.Set;

/**
 * A check of a parsed Dockerfile. Ids follow hadolint ({@code DL3008}), BuildKit's build checks
 * ({@code StageNameCasing}) or ours ({@code DF001}) so users keep their habits and pragmas.
 */
public abstract class Rule {
    private final String id;
    private final Severity severity;
    private final String summary;
    private final String why;
    private final String fix;

    /**
     * @param summary what the rule finds, one line (docs/rules.md, SARIF short description)
     * @param why why it matters
     * @param fix how to fix it; appended to findings that do not say it themselves
     */
    protected Rule(String id, Severity severity, String summary, String why, String fix) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
        this.why = why;
        this.fix = fix;
    }

    public final String id() {
        return id;
    }

    public final Severity severity() {
        return severity;
    }

    public final String summary() {
        return summary;
    }

    public final String why() {
        return why;
    }

    public final String fix() {
        return fix;
    }

    /** Whose rule this is, from the id's shape. */
    public final RuleOrigin origin() {
        return RuleOrigin.ofId(id);
    }

    /** The owner's page about this rule (hadolint's wiki, BuildKit's reference, this project's docs/rules.md). */
    public final String documentationUrl() {
        return origin().documentationUrl(id);
    }

    /**
     * Other tools' ids for the same check (hadolint's {@code DL3063} for BuildKit's
     * {@code ReservedStageNameUsed}): findings carry {@link #id()}, but ignores, severity overrides and
     * pragmas written with an alias apply too, so users keep the ids they already have.
     */
    public Set<String> aliases() {
        return Set.of();
    }

    /** Adds a finding for every problem in {@code dockerfile}. */
    public abstract void check(Dockerfile dockerfile, LintContext context, Findings findings);
}
