package dev.dockerfile.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command written as one string ({@code python -m app --port "3 000"}) into the words of
 * an exec-form instruction, with the quoting rules of a POSIX shell (no expansion).
 */
public final class CommandLine {
    private CommandLine() {
    }

    public static List<String> split(Parameter parameter, String line) throws ConfigurationException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new ConfigurationException(parameter,
                    "has an unclosed " + (quote == '"' ? "double" : "single") + " quote: '" + line
                            + "'. Close the quote or remove it.");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
