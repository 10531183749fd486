package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Words;
import java.util.List;

/** LegacyKeyValueFormat: {@code ENV key value} or {@code LABEL key value} with a whitespace separator. */
final class LegacyKeyValueSeparator extends Rule {
    LegacyKeyValueSeparator() {
        super("LegacyKeyValueFormat", Severity.WARNING,
                "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format",
                "the whitespace form is deprecated and sets one variable to the whole rest of the line, which is easy"
                        + " to misread",
                "Write `ENV key=value` (quote the value if it has spaces: `ENV key=\"a b\"`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            check(instruction, dockerfile.escape(), findings);
            if (instruction.trigger() != null) {
                check(instruction.trigger(), dockerfile.escape(), findings);
            }
        }
    }

    private void check(Instruction instruction, char escape, Findings findings) {
        if (!instruction.is("ENV") && !instruction.is("LABEL")) {
            return;
        }
        List<String> words = Words.split(instruction.arguments(), escape);
        if (words.size() >= 2 && !words.get(0).contains("=")) {
            String key = words.get(0);
            String value = instruction.arguments().strip().substring(Math.min(key.length(),
                    instruction.arguments().strip().length())).strip();
            String shown = value.length() > 30 || value.contains("\n") ? "..." : value;
            findings.add(this, instruction.startLine(), "\"" + instruction.keyword() + " key=value\" should be used"
                    + " instead of legacy \"" + instruction.keyword() + " key value\" format: write `"
                    + instruction.keyword() + " " + key + "=" + quote(shown) + "`.");
        }
    }

    private static String quote(String value) {
        boolean bare = value.matches("\\S*") || value.startsWith("\"") || value.startsWith("'");
        return bare ? value : "\"" + value.replace("\"", "\\\"") + "\"";
    }
}
