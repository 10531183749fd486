package dev.dockerfile.lint;

import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParseException;

/**
 * {@code DF000}, a file BuildKit could not read. It is a rule so that it has a row in the rule table,
 * a page in the docs and a SARIF description like every other finding; but the parser finds it, not
 * a check, and no pragma or configuration can drop it (a file that does not parse has no other findings
 * to show, and would otherwise pass).
 */
public final class ParseError extends Rule {
    public static final String ID = "DF000";
    public static final ParseError RULE = new ParseError();

    private ParseError() {
        super(ID, Severity.ERROR, "The Dockerfile does not parse, or is not UTF-8",
                "BuildKit rejects the file before any step runs, and no other rule can check it",
                "Fix the syntax at the line the finding names; save the file as UTF-8, as BuildKit expects.");
    }

    /** Nothing to check on a file that parsed: {@link Linter} reports the parser's exception with {@link #finding}. */
    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
    }

    Finding finding(DockerfileParseException e) {
        String problem = e.problem();
        String message = e.isEncoding()
                ? "The Dockerfile is not UTF-8: " + problem + ". Save the file as UTF-8, as BuildKit expects (from Latin-1:"
                        + " `iconv -f ISO-8859-1 -t UTF-8`)."
                : "The Dockerfile does not parse: " + problem + ". Fix the syntax: BuildKit rejects it too.";
        return new Finding(ID, Severity.ERROR, e.line(), message);
    }
}
