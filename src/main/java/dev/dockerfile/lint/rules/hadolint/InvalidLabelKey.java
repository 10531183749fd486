package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import java.util.List;

/**
 * DL3048: a LABEL key that breaks Docker's key format: keys start with a lower-case letter, end with
 * a lower-case letter or digit, hold only lower-case letters, digits, {@code .} and {@code -}, never
 * two separators in a row, and stay out of Docker's reserved namespaces {@code com.docker.*},
 * {@code io.docker.*} and {@code org.dockerproject.*}. Keys built from variables are not judged.
 */
final class InvalidLabelKey extends Rule {
    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

    InvalidLabelKey() {
        super("DL3048", Severity.STYLE, "Invalid label key",
                "tools and registries expect lower-case, dot-separated keys, and Docker reserves its own namespaces",
                "Use a lower-case reverse-DNS key such as `org.opencontainers.image.title` or `com.example.team`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if (!instruction.is("LABEL")) {
                continue;
            }
            for (KeyValue pair : instruction.pairs()) {
                String problem = problem(pair.key());
                if (problem != null) {
                    findings.add(this, instruction.startLine(), "Label key `" + pair.key() + "` " + problem
                            + ". " + fix());
                }
            }
        }
    }

    /** What is wrong with the key, or null. */
    static String problem(String key) {
        if (key.contains("$")) {
            return null;
        }
        if (key.isEmpty()) {
            return "is empty";
        }
        for (String reserved : RESERVED) {
            if (key.startsWith(reserved)) {
                return "uses the namespace " + reserved + "* that Docker reserves";
            }
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator = c == '.' || c == '-';
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || separator)) {
                return "holds `" + c + "`: only lower-case letters, digits, `.` and `-` are allowed";
            }
            if (separator && i > 0 && (key.charAt(i - 1) == '.' || key.charAt(i - 1) == '-')) {
                return "has two separators in a row";
            }
        }
        char first = key.charAt(0);
        if (first < 'a' || first > 'z') {
            return "must start with a lower-case letter";
        }
        char last = key.charAt(key.length() - 1);
        if (last == '.' || last == '-') {
            return "must end with a lower-case letter or digit";
        }
        return null;
    }
}
