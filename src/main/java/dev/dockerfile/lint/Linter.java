package dev.dockerfile.lint;

import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParseException;
import dev.dockerfile.parse.DockerfileParser;
import dev.dockerfile.parse.Utf8;
import java.util.ArrayList;
import java.util.List;

/** Parses a Dockerfile, runs every rule, and keeps what the pragmas and the configuration let through. */
public final class Linter {
    /** A pragma naming an id no rule has (a typo ignores nothing, silently): a warning on the pragma's line. */
    public static final String UNKNOWN_RULE_ID = "DF011";

    private final List<Rule> rules;
    private final RuleIds ids;
    private final LintConfig config;
    private final FindingSource extra;

    public Linter(List<Rule> rules, LintConfig config) {
        this(rules, config, FindingSource.NONE);
    }

    /** @param extra findings of an outside tool, added to the rules' before pragmas and configuration apply */
    public Linter(List<Rule> rules, LintConfig config, FindingSource extra) {
        this.rules = List.copyOf(rules);
        this.ids = new RuleIds(rules);
        this.config = config;
        this.extra = extra;
    }

    /** {@link #lint(String, boolean)} of a file's bytes: bytes that are not UTF-8 are a {@code DF000} with their offset. */
    public List<Finding> lint(byte[] content, boolean hasIgnoreFile) {
        return lint(content, hasIgnoreFile, List.of());
    }

    /** {@link #lint(String, boolean, List)} of a file's bytes. */
    public List<Finding> lint(byte[] content, boolean hasIgnoreFile, List<String> ignoreFileLines) {
        try {
            return lint(Utf8.decode(content), hasIgnoreFile, ignoreFileLines);
        } catch (DockerfileParseException e) {
            return List.of(ParseError.RULE.finding(e));
        }
    }

    /** {@link #lint(String, boolean, List)} without the ignore file's lines. */
    public List<Finding> lint(String text, boolean hasIgnoreFile) {
        return lint(text, hasIgnoreFile, List.of());
    }

    /**
     * @param hasIgnoreFile whether a {@code .dockerignore} applies to builds of this file
     * @param ignoreFileLines the lines of that ignore file, for the COPY sources it excludes
     * @return the findings in line order, with their configured severities
     */
    public List<Finding> lint(String text, boolean hasIgnoreFile, List<String> ignoreFileLines) {
        Dockerfile dockerfile;
        try {
            dockerfile = DockerfileParser.parse(text);
        } catch (DockerfileParseException e) {
            return List.of(ParseError.RULE.finding(e));
        }
        LintContext context = new LintContext(config.trustedRegistries(), hasIgnoreFile, ignoreFileLines, config.labelSchema(),
                Boolean.TRUE.equals(config.strictLabels()));
        Findings findings = new Findings();
        for (Rule rule : rules) {
            try {
                rule.check(dockerfile, context, findings);
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule " + rule.id() + " failed: " + e, e);
            }
        }
        List<Finding> found = new ArrayList<>(findings.sorted());
        found.addAll(extra.findings(dockerfile));
        Pragmas pragmas = Pragmas.of(dockerfile, ids);
        found.addAll(pragmas.unknownIds());
        found.sort(Findings.ORDER);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : found) {
            Severity severity = config.severityOf(finding.rule(), ids.sameCheck(finding.rule()), finding.severity());
            if (severity != Severity.NONE && !pragmas.ignores(finding)) {
                kept.add(severity == finding.severity() ? finding
                        : new Finding(finding.rule(), severity, finding.line(), finding.message()));
            }
        }
        return SameCheckFindings.reportOnce(kept, ids);
    }
}
