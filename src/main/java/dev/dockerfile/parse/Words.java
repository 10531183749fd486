package dev.dockerfile.parse;

import java.util.ArrayList;
import java.util.List;

/** Word splitting of instruction arguments the way BuildKit's parser does it. */
public final class Words {
    private Words() {
    }

    /** Splits on unquoted whitespace; quotes and escapes stay in the words (BuildKit's parseWords). */
    public static List<String> split(String text) {
        return split(text, '\\');
    }

    public static List<String> split(String text, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped) {
                word.append(c);
                escaped = false;
            } else if (c == escape && quote != '\'') {
                word.append(c);
                escaped = true;
            } else if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                word.append(c);
                quote = c;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Removes quotes and escapes: {@code "a b"\"c} is {@code a b"c}. Single quotes keep escapes literal. */
    public static String unquote(String word, char escape) {
        StringBuilder out = new StringBuilder(word.length());
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    out.append(c);
                }
            } else if (c == escape && i + 1 < word.length()) {
                out.append(word.charAt(++i));
            } else if (quote == '"' && c == '"' || quote == 0 && (c == '"' || c == '\'')) {
                quote = quote == 0 ? c : 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
