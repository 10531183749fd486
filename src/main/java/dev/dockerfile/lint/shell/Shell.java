package dev.dockerfile.lint.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small POSIX-shell reader for RUN instructions: enough to find the simple commands of a script
 * and the operators between them. It does not expand anything.
 */
public final class Shell {
    private static final Set<String> KEYWORDS =
            Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "in", "case", "esac",
                    "!", "{", "}", "(", ")", "time", "exec", "command", "nohup");

    private Shell() {
    }

    /** The simple commands of {@code script}, in order. */
    public static List<Command> commands(String script) {
        List<Command> commands = new ArrayList<>();
        for (List<String> words : split(script)) {
            int i = 0;
            while (i < words.size() && (KEYWORDS.contains(words.get(i)) || isAssignment(words.get(i)))) {
                i++;
            }
            if (i < words.size()) {
                commands.add(new Command(words.get(i), words.subList(i + 1, words.size())));
            }
        }
        return commands;
    }

    /** True when the script pipes one command into another (an unquoted {@code |}, not {@code ||}). */
    public static boolean hasPipe(String script) {
        return operators(script).contains("|");
    }

    /** The unquoted control operators, in order ({@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}). */
    public static List<String> operators(String script) {
        List<String> operators = new ArrayList<>();
        scan(script, new ArrayList<>(), operators);
        return operators;
    }

    static List<List<String>> split(String script) {
        List<List<String>> commands = new ArrayList<>();
        scan(script, commands, new ArrayList<>());
        return commands;
    }

    /** {@code NAME=value}: checked for every word of every script, so by hand rather than with a regex. */
    public static boolean isAssignment(String word) {
        int eq = word.indexOf('=');
        if (eq <= 0 || Character.isDigit(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < eq; i++) {
            char c = word.charAt(i);
            if (!(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static void scan(String s, List<List<String>> commands, List<String> operators) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                if (s.charAt(i + 1) != '\n') {
                    word.append(s.charAt(i + 1));
                    inWord = true;
                }
                i += 2;
            } else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                end = end < 0 ? s.length() : end;
                word.append(s, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    // Inside double quotes a backslash escapes only $ ` " \ and the line end (POSIX): in
                    // "C:\Program Files" it stays.
                    if (s.charAt(i) == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    word.append(s.charAt(i++));
                }
                inWord = true;
                i++;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                int end = matching(s, i + 1);
                word.append(s, i, end);
                inWord = true;
                i = end;
            } else if (c == '`') {
                int end = s.indexOf('`', i + 1);
                end = end < 0 ? s.length() : end + 1;
                word.append(s, i, end);
                inWord = true;
                i = end;
            } else if (c == '#' && !inWord) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '&' || c == '|' || c == ';' || c == '\n' || c == '(' || c == ')') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                String op;
                if ((c == '&' || c == '|' || c == ';') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                    op = "" + c + c;
                } else if (c == '|' && i + 1 < s.length() && s.charAt(i + 1) == '&') {
                    op = "|";
                    i++;
                } else if (c == '&' && i > 0 && (s.charAt(i - 1) == '>' || s.charAt(i - 1) == '<')) {
                    // 2>&1 is a redirection, not a background operator.
                    word.append(c);
                    inWord = true;
                    i++;
                    continue;
                } else {
                    op = String.valueOf(c);
                }
                i += op.length();
                if (!words.isEmpty()) {
                    commands.add(words);
                    words = new ArrayList<>();
                }
                if (!op.equals("\n") && !op.equals("(") && !op.equals(")")) {
                    operators.add(op);
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(words);
        }
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }
}
