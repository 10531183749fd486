package dev.dockerfile.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code # hadolint [stage|global] ignore=ID,ID} comment, read with the grammar of hadolint's
 * {@code Pragma.hs}: lower-case keywords, blanks (spaces, tabs) after {@code hadolint} and around {@code =}
 * and {@code ,}, an inline {@code # comment} after the list. Ids are read as words here; which ones count is
 * the reader's decision ({@link Pragmas} drops a list with one malformed id, as hadolint does).
 *
 * @param scope {@code null} for the next line, {@code "stage"} or {@code "global"}
 * @param ids the ids as written, in order
 */
public record HadolintPragma(String scope, List<String> ids) {
    private static final String BLANK = "[ \\t]";
    private static final Pattern PRAGMA = Pattern.compile("hadolint" + BLANK + "+(?:(stage|global)" + BLANK + "+)?ignore"
            + BLANK + "*=" + BLANK + "*([A-Za-z0-9_-]+(?:" + BLANK + "*," + BLANK + "*[A-Za-z0-9_-]+)*)" + BLANK
            + "*(?:#.*)?");

    public HadolintPragma {
        ids = List.copyOf(ids);
    }

    /** The pragma a comment's text (after {@code #}, stripped) holds, or {@code null}. */
    public static HadolintPragma parse(String comment) {
        Matcher m = PRAGMA.matcher(comment);
        return m.matches() ? new HadolintPragma(m.group(1), List.of(m.group(2).split(BLANK + "*," + BLANK + "*"))) : null;
    }

    /** True for the pragma that ignores rules for the next line only (what DL1001 reports). */
    public boolean isInline() {
        return scope == null;
    }
}
