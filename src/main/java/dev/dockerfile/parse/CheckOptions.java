package dev.dockerfile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's check options ({@code skip=A,B;experimental=C;error=true}), read as its {@code ParseLintOptions}
 * reads them: at most three {@code ;}-separated parts, each {@code key=value}; {@code all} as the whole list;
 * anything else is invalid, which fails the build for the {@code # check=} directive and makes BuildKit ignore a
 * {@code # check=} comment above an instruction.
 *
 * @param skipAll {@code skip=all}
 * @param skip the rules {@code skip=} names, blanks removed
 * @param experimentalAll {@code experimental=all}
 * @param experimental the experimental rules {@code experimental=} turns on
 */
public record CheckOptions(boolean skipAll, List<String> skip, boolean experimentalAll, List<String> experimental) {
    /** What Go's {@code strconv.ParseBool} accepts, for {@code error=}. */
    private static final Set<String> GO_BOOLEANS = Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F",
            "FALSE", "false", "False");
    private static final String ALL = "all";
    /** {@code name = value} as BuildKit's directive parser reads a comment's text. */
    private static final Pattern DIRECTIVE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");

    public CheckOptions {
        skip = List.copyOf(skip);
        experimental = List.copyOf(experimental);
    }

    /** The options, or an exception whose message is BuildKit's reason for rejecting them. */
    public static CheckOptions parse(String options) {
        boolean skipAll = false;
        boolean experimentalAll = false;
        List<String> skip = List.of();
        List<String> experimental = List.of();
        if (options.isBlank()) {
            return new CheckOptions(false, skip, false, experimental);
        }
        for (String part : options.strip().split(";", 3)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("invalid check option \"" + part + "\"");
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            switch (key) {
                case "skip" -> {
                    skipAll = value.equals(ALL);
                    skip = skipAll ? List.of() : list(value);
                }
                case "experimental" -> {
                    experimentalAll = value.equals(ALL);
                    experimental = experimentalAll ? List.of() : list(value);
                }
                case "error" -> {
                    if (!GO_BOOLEANS.contains(value)) {
                        throw new IllegalArgumentException("failed to parse check option \"" + part + "\"");
                    }
                }
                default -> throw new IllegalArgumentException("invalid check option \"" + key + "\"");
            }
        }
        return new CheckOptions(skipAll, skip, experimentalAll, experimental);
    }

    /**
     * The options of a comment's text when it is a {@code check=} directive, cut at the first space (so
     * {@code check=skip=X // why} works), else {@code null}: how BuildKit reads a comment above an instruction.
     */
    public static String ofComment(String text) {
        Matcher m = DIRECTIVE.matcher(text.stripLeading());
        if (!m.matches() || !m.group(1).toLowerCase(Locale.ROOT).equals("check")) {
            return null;
        }
        String value = m.group(2);
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    /**
     * True when {@code options} turn on experimental check {@code rule} ({@code experimental=all} or by name);
     * false for options BuildKit rejects. BuildKit's {@code skip=} never applies to experimental checks.
     */
    public static boolean enablesExperimental(String options, String rule) {
        if (options == null) {
            return false;
        }
        try {
            CheckOptions check = parse(options);
            return check.experimentalAll() || check.experimental().contains(rule);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> list(String value) {
        List<String> names = new ArrayList<>();
        for (String name : value.split(",", -1)) {
            names.add(name.strip());
        }
        return names;
    }
}
