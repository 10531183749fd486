package dev.dockerfile.lint;

import dev.dockerfile.parse.DockerfileParseException;
import dev.dockerfile.parse.DockerfileParser;
import java.util.List;

/** Runs one rule on a Dockerfile text and returns its findings as "LINE ID" strings, for exact assertions. */
public final class RuleAssert {
    private RuleAssert() {
    }

    public static List<String> lines(Rule rule, String dockerfile) {
        return lines(rule, dockerfile, LintContext.defaults());
    }

    public static List<String> lines(Rule rule, String dockerfile, LintContext context) {
        return findings(rule, dockerfile, context).stream().map(f -> f.line() + " " + f.rule()).toList();
    }

    public static List<Finding> findings(Rule rule, String dockerfile, LintContext context) {
        Findings findings = new Findings();
        try {
            rule.check(DockerfileParser.parse(dockerfile), context, findings);
        } catch (DockerfileParseException e) {
            throw new AssertionError("test Dockerfile does not parse: " + e.getMessage(), e);
        }
        return findings.sorted();
    }
}
