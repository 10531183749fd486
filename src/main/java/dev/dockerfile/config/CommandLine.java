package dev.dockerfile.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command written as one string ({@code python -m app --port "3 000"}) into the words of
 * an exec-form instruction, with the quoting rules of a POSIX shell (no expansion).
 */
public final class CommandLine {
    /** What only a shell gives meaning to, when unquoted: in exec form it would be a plain argument. */
    private static final String SHELL_OPERATORS = "|&;<>()`";

    private CommandLine() {
    }

    /**
     * The words of a program started in exec form (the start command, the HEALTHCHECK), refusing
     * what would run differently from how it reads: there is no shell, so {@code &&}, {@code ||},
     * {@code ;}, redirections and {@code $VAR} would reach the program as words, a JSON array
     * would become its own program name, and an empty word is an argument nobody sees.
     */
    public static List<String> program(Parameter parameter, String line) throws ConfigurationException {
        String trimmed = line.strip();
        if (trimmed.startsWith("[")) {
            throw new ConfigurationException(parameter, "is '" + trimmed + "', which looks like a JSON array:"
                    + " write the command as one line of words, e.g. python -m app --port 8080;"
                    + " the plugin renders it in exec form itself.");
        }
        List<String> words = split(parameter, line, true);
        if (words.contains("")) {
            throw new ConfigurationException(parameter, "has an empty word ('' or \"\") in '" + trimmed
                    + "': it would be an empty argument. Remove it.");
        }
        return words;
    }

    public static List<String> split(Parameter parameter, String line) throws ConfigurationException {
        return split(parameter, line, false);
    }

    private static List<String> split(Parameter parameter, String line, boolean program) throws ConfigurationException {
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
                } else if (program && (c == '$' || c == '`')) {
                    throw needsShell(parameter, line, c);
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (program && (SHELL_OPERATORS.indexOf(c) >= 0 || c == '$')) {
                throw needsShell(parameter, line, c);
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

    private static ConfigurationException needsShell(Parameter parameter, String line, char c) {
        String what = c == '$' || c == '`' ? "'" + c + "' (a shell expansion)" : "'" + c + "' (a shell operator)";
        return new ConfigurationException(parameter, "has " + what + " in '" + line.strip() + "', but the command runs"
                + " in exec form, without a shell, so it would reach the program as a plain word. Write one program"
                + " and its arguments; to use a shell, write sh -c '...' (single quotes keep it for the shell),"
                + " or quote the character ('$', \\;) when it is meant literally.");
    }
}
