package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import java.util.List;

/**
 * DL3048: a LABEL key that breaks Docker's key format, with hadolint's reading of it: keys start with a
 * lower-case letter, end with a lower-case letter or digit, hold only lower-case letters, digits, {@code .},
 * {@code -}, {@code _} and {@code /}, never {@code ..} or {@code --}, and stay out of Docker's reserved
 * namespaces {@code com.docker.*}, {@code io.docker.*} and {@code org.dockerproject.*}. A key built from a
 * variable ({@code $NAME}) is reported too, as hadolint does: its value is unknown to readers and tools.
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
        for (InstructionWords.Label label : InstructionWords.labels(dockerfile)) {
            String problem = problem(label.pair().key());
            if (problem != null) {
                findings.add(this, label.line(), "Label key `" + label.pair().key() + "` " + problem + ". " + fix());
            }
        }
    }

    /** What is wrong with the key, or null. */
    static String problem(String key) {
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
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == '/')) {
                return "holds `" + c + "`: only lower-case letters, digits, `.`, `-`, `_` and `/` are allowed";
            }
        }
        if (key.contains("..") || key.contains("--")) {
            return "has two separators in a row";
        }
        char first = key.charAt(0);
        if (first < 'a' || first > 'z') {
            return "must start with a lower-case letter";
        }
        char last = key.charAt(key.length() - 1);
        if (!(last >= 'a' && last <= 'z' || last >= '0' && last <= '9')) {
            return "must end with a lower-case letter or digit";
        }
        return null;
    }
}
