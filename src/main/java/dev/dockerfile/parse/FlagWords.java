package dev.dockerfile.parse;

import java.util.List;

/**
 * The {@code --name=value} words before an instruction's arguments, read as BuildKit's
 * {@code extractBuilderFlags} reads them: quotes group and are removed ({@code --mount="type=cache,target=/a b"}),
 * the escape character takes the next one literally, and a lone {@code --} ends the flags.
 */
final class FlagWords {
    private FlagWords() {
    }

    /** Adds the flags at the start of {@code rest} to {@code flags}; returns the index where the arguments begin. */
    static int read(String rest, char escape, List<Flag> flags) {
        int at = skipWhitespace(rest, 0);
        StringBuilder word = new StringBuilder();
        while (rest.startsWith("--", at)) {
            word.setLength(0);
            int i = at;
            char quote = 0;
            while (i < rest.length() && (quote != 0 || !Character.isWhitespace(rest.charAt(i)))) {
                char c = rest.charAt(i++);
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (c == escape) {
                    if (i < rest.length()) {
                        word.append(rest.charAt(i++));
                    }
                } else {
                    word.append(c);
                }
            }
            at = skipWhitespace(rest, i);
            String text = word.toString();
            if (text.equals("--")) {
                break;
            }
            int eq = text.indexOf('=');
            flags.add(eq < 0 ? new Flag(text.substring(2), null) : new Flag(text.substring(2, eq), text.substring(eq + 1)));
        }
        return at;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
