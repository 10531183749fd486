package dev.dockerfile.parse;

import java.util.ArrayList;
import java.util.List;

/** ENV/LABEL {@code key=value} pairs (and legacy {@code ENV key value}), and ARG declarations. */
final class Pairs {
    private Pairs() {
    }

    static List<KeyValue> nameValues(String keyword, String rest, char escape, int line) throws DockerfileParseException {
        List<String> words = Words.split(rest, escape);
        if (words.isEmpty()) {
            throw new DockerfileParseException(line, keyword + " requires at least one argument");
        }
        List<KeyValue> pairs = new ArrayList<>();
        if (!words.get(0).contains("=")) {
            // Legacy form: ENV key the rest of the line.
            if (words.size() < 2) {
                throw new DockerfileParseException(line, keyword + " " + words.get(0) + " has no value: write "
                        + keyword + " " + words.get(0) + "=value");
            }
            String raw = rest.strip().substring(words.get(0).length()).strip();
            pairs.add(new KeyValue(words.get(0), Words.unquote(raw, escape), raw));
            return pairs;
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new DockerfileParseException(line, keyword + " syntax error: can't find = in '" + word
                        + "'. Must be of the form: name=value");
            }
            String raw = word.substring(eq + 1);
            pairs.add(new KeyValue(Words.unquote(word.substring(0, eq), escape), Words.unquote(raw, escape), raw));
        }
        return pairs;
    }

    static List<KeyValue> args(String rest, char escape) {
        List<KeyValue> pairs = new ArrayList<>();
        for (String word : Words.split(rest, escape)) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                pairs.add(new KeyValue(word, null, null));
            } else {
                String raw = word.substring(eq + 1);
                pairs.add(new KeyValue(word.substring(0, eq), Words.unquote(raw, escape), raw));
            }
        }
        return pairs;
    }
}
