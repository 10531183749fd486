package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import dev.dockerfile.parse.Words;
import java.util.List;
import java.util.Locale;

/** FromAsCasing: {@code FROM image as name} where the AS keyword's casing differs from FROM's. */
final class FromAsCasingMismatch extends Rule {
    FromAsCasingMismatch() {
        super("FromAsCasing", Severity.WARNING, "The 'as' keyword should match the case of the 'from' keyword",
                "mixing keyword casing within one instruction hurts readability",
                "Write `FROM ... AS name` (or `from ... as name`), the AS keyword in the casing of FROM.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            List<String> words = Words.split(stage.from().arguments(), dockerfile.escape());
            if (words.size() < 3 || !words.get(1).equalsIgnoreCase("as")) {
                continue;
            }
            String from = stage.from().written();
            String as = words.get(1);
            boolean fromUpper = from.equals(from.toUpperCase(Locale.ROOT));
            boolean fromLower = from.equals(from.toLowerCase(Locale.ROOT));
            if (fromUpper && !as.equals("AS") || fromLower && !fromUpper && !as.equals("as")) {
                String expected = fromUpper ? "AS" : "as";
                findings.add(this, stage.from().startLine(), "'" + as + "' and '" + from + "' keywords' casing do not"
                        + " match: write `" + from + " ... " + expected + " " + words.get(2) + "`.");
            }
        }
    }
}
