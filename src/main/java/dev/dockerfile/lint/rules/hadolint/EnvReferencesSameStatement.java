package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * DL3044: an ENV value that refers to a variable set earlier in the same ENV instruction. Docker
 * expands every value of one ENV with the variables as they were before it, so the reference sees
 * the old value (or nothing). A variable referring to itself ({@code PATH=/x:$PATH}) is fine: it
 * means the previous value. Escaped {@code \$} and single-quoted text are not references.
 */
final class EnvReferencesSameStatement extends Rule {
    EnvReferencesSameStatement() {
        super("DL3044", Severity.ERROR,
                "Do not refer to an environment variable within the same ENV statement where it is defined",
                "all values of one ENV are expanded before any of them is set, so the reference sees the old value",
                "Split the ENV: define the variable in one ENV and use it in the next.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if (!instruction.is("ENV")) {
                continue;
            }
            List<String> defined = new ArrayList<>();
            Set<String> misused = new LinkedHashSet<>();
            for (KeyValue pair : instruction.pairs()) {
                if (pair.rawValue() != null) {
                    for (String name : references(pair.rawValue(), dockerfile.escape())) {
                        if (defined.contains(name)) {
                            misused.add(name);
                        }
                    }
                }
                defined.add(pair.key());
            }
            if (!misused.isEmpty()) {
                findings.add(this, instruction.startLine(), "ENV refers to " + String.join(", ", misused.stream()
                        .map(n -> "$" + n).toList()) + " defined in the same ENV, which still has its old value"
                        + " there. Define it in an ENV of its own before this one.");
            }
        }
    }

    /** Names of the variables {@code $NAME} / {@code ${NAME...}} referenced in a raw (still quoted) value. */
    static List<String> references(String raw, char escape) {
        List<String> names = new ArrayList<>();
        boolean inSingle = false;
        boolean inDouble = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (inSingle) {
                inSingle = c != '\'';
            } else if (c == escape) {
                i++;
            } else if (c == '\'' && !inDouble) {
                inSingle = true;
            } else if (c == '"') {
                inDouble = !inDouble;
            } else if (c == '$' && i + 1 < raw.length()) {
                int start = raw.charAt(i + 1) == '{' ? i + 2 : i + 1;
                int end = start;
                while (end < raw.length() && (Character.isLetterOrDigit(raw.charAt(end)) || raw.charAt(end) == '_')) {
                    end++;
                }
                if (end > start && !Character.isDigit(raw.charAt(start))) {
                    names.add(raw.substring(start, end));
                }
                i = end - 1;
            }
        }
        return names;
    }
}
