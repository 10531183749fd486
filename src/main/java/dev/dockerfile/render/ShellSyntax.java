package dev.dockerfile.render;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns values into words of a POSIX shell command (a {@code RUN} line): a value is one word and
 * nothing in it is expanded, so {@code rt.Main$Inner} stays that class and {@code ;} ends nothing.
 */
public final class ShellSyntax {
    /** Words made only of these need no quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");
    /** What a backslash must escape inside double quotes for the shell to read it literally. */
    private static final Pattern DOUBLE_QUOTED_SPECIAL = Pattern.compile("[\\\\\"$`]");
    /** Lines of a RUN script after the first: `&&` under the RUN's first letter plus one. */
    public static final String AND = " \\\n && ";

    private ShellSyntax() {
    }

    /**
     * One shell word: as is when plain, else single-quoted ({@code '} written as {@code '\''}). A value
     * holding {@code $} or a backtick is double-quoted with those escaped instead: the word is the same,
     * but ShellCheck (which hadolint users run) reads {@code '$x'} as a forgotten expansion (SC2016).
     */
    public static String quote(String value) {
        if (PLAIN.matcher(value).matches()) {
            return value;
        }
        if (value.indexOf('$') >= 0 || value.indexOf('`') >= 0) {
            return '"' + DOUBLE_QUOTED_SPECIAL.matcher(value).replaceAll("\\\\$0") + '"';
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** The words quoted and joined by spaces. */
    public static String words(List<String> values) {
        return values.stream().map(ShellSyntax::quote).collect(Collectors.joining(" "));
    }

    /** Commands run one after another, each only when the previous one succeeded, one per line. */
    public static String chain(List<String> commands) {
        return String.join(AND, commands);
    }
}
