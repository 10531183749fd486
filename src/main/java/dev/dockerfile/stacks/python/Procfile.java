package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.plan.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code web:} line of a Procfile, the start command platforms such as Heroku run, as exec-form
 * words. A platform runs the line with a shell; an image runs it without one, as PID 1, so only
 * what needs no shell is taken: words, quotes, and {@code $PORT} (with or without a default),
 * which becomes the configured port. Anything else a shell would do is refused with the fix.
 */
final class Procfile {
    static final String FILE = "Procfile";
    private static final Pattern WEB = Pattern.compile("^web\\s*:\\s*(.*)$");
    private static final Pattern PORT = Pattern.compile("\\$(?:PORT\\b|\\{PORT(?::?-[0-9]*)?\\})");
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*");

    private Procfile() {
    }

    /** The web command's words, or empty when there is no Procfile or it has no {@code web:} line. */
    static Optional<List<String>> webCommand(Path baseDir, int port) throws ConfigurationException {
        Path file = baseDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        for (String line : ProjectFiles.readUtf8Lines(file, FILE)) {
            Matcher m = WEB.matcher(line.trim());
            if (m.matches()) {
                return Optional.of(words(m.group(1).trim(), port));
            }
        }
        return Optional.empty();
    }

    static List<String> words(String line, int port) throws ConfigurationException {
        String resolved = PORT.matcher(line).replaceAll(Integer.toString(port));
        List<String> words = split(resolved, line);
        if (!words.isEmpty() && words.get(0).equals("exec")) {
            words.remove(0);
        }
        if (words.isEmpty() || ASSIGNMENT.matcher(words.get(0)).matches()) {
            throw refused(line, words.isEmpty() ? "is empty" : "starts with a variable assignment");
        }
        return words;
    }

    /** Shell words without expansion; quotes group, a backslash escapes. */
    private static List<String> split(String text, String line) throws ConfigurationException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw refused(line, "has an unclosed quote");
                }
                String quoted = text.substring(i + 1, end);
                if (c == '"' && (quoted.contains("$") || quoted.contains("`") || quoted.contains("\\"))) {
                    throw refused(line, "uses " + (quoted.contains("\\") ? "a backslash" : "shell expansion")
                            + " inside double quotes");
                }
                word.append(quoted);
                inWord = true;
                i = end;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if ("$`;&|<>(){}*?~#".indexOf(c) >= 0 && !(c == '#' && inWord) && !(c == '~' && inWord)) {
                throw refused(line, c == '$' ? "uses a variable other than $PORT"
                        : "uses the shell (" + c + "), which an image's exec-form CMD does not run");
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static ConfigurationException refused(String line, String why) {
        return new ConfigurationException(Parameter.COMMAND, "is not set, and the web line of the Procfile ("
                + line + ") " + why + ". The image starts its command without a shell, as PID 1, so that it gets"
                + " docker stop's SIGTERM. Set <command> to the server's own command line, e.g."
                + " <command>gunicorn app:app --bind 0.0.0.0:3000</command>, and run other steps (migrations)"
                + " as a release step of their own.");
    }
}
