package dev.dockerfile.lint.rules.buildkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The experimental checks a BuildKit check option string ({@code skip=...;experimental=...;error=...},
 * from the {@code # check=} directive or a {@code # check=} comment above an instruction) turns on.
 * BuildKit runs an experimental check only when named there (or {@code experimental=all}); its
 * {@code skip=} list does not apply to them.
 */
final class CheckOptions {
    /** {@code name = value} as BuildKit's directive parser reads a comment's text. */
    private static final Pattern DIRECTIVE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
    /** What Go's {@code strconv.ParseBool} accepts, for {@code error=}. */
    private static final Set<String> GO_BOOLEANS = Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F",
            "FALSE", "false", "False");

    private CheckOptions() {
    }

    /** True when {@code options} turn on experimental check {@code rule}; false for options BuildKit rejects. */
    static boolean enablesExperimental(String options, String rule) {
        if (options == null || options.isBlank()) {
            return false;
        }
        boolean all = false;
        Set<String> named = Set.of();
        // BuildKit splits into at most three parts: a fourth stays in the third's value.
        for (String part : options.strip().split(";", 3)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String value = part.substring(eq + 1).strip();
            switch (part.substring(0, eq).strip()) {
                case "skip" -> { }
                case "experimental" -> {
                    if (value.equals("all")) {
                        all = true;
                    } else {
                        named = Arrays.stream(value.split(",", -1)).map(String::strip).collect(Collectors.toSet());
                    }
                }
                case "error" -> {
                    if (!GO_BOOLEANS.contains(value)) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return all || named.contains(rule);
    }

    /**
     * The options of a comment's text when it is a {@code check=} directive, cut at the first space (so
     * {@code check=skip=X // why} works), else {@code null}.
     */
    static String ofComment(String text) {
        Matcher m = DIRECTIVE.matcher(text.stripLeading());
        if (!m.matches() || !m.group(1).toLowerCase(Locale.ROOT).equals("check")) {
            return null;
        }
        String value = m.group(2);
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }
}
