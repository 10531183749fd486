package dev.dockerfile.lint.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML that {@code .hadolint.yaml} files use: nested maps by indentation, block lists
 * ({@code - item}), flow lists ({@code [a, b]}), plain or quoted scalars and comments. Anything
 * else is an error with its line, rather than a guess.
 */
public final class MiniYaml {
    private MiniYaml() {
    }

    /** Thrown with the 1-based line of the first thing that is not understood. */
    public static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;

        YamlException(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    private record Line(int number, int indent, String text) {
    }

    public static Map<String, Object> parse(String text) throws YamlException {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String content = stripComment(raw[i]);
            if (content.isBlank() || content.strip().equals("---")) {
                continue;
            }
            if (content.indexOf('\t') >= 0 && content.strip().length() < content.length()
                    && content.substring(0, content.length() - content.stripLeading().length()).contains("\t")) {
                throw new YamlException(i + 1, "tabs cannot indent YAML");
            }
            int indent = content.length() - content.stripLeading().length();
            lines.add(new Line(i + 1, indent, content.strip()));
        }
        int[] position = {0};
        if (lines.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Object value = block(lines, position, lines.get(0).indent());
        if (position[0] < lines.size()) {
            throw new YamlException(lines.get(position[0]).number(), "unexpected indentation");
        }
        if (!(value instanceof Map)) {
            throw new YamlException(lines.get(0).number(), "the file must be a map of settings");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private static Object block(List<Line> lines, int[] position, int indent) throws YamlException {
        Line first = lines.get(position[0]);
        if (first.text().startsWith("- ") || first.text().equals("-")) {
            List<Object> list = new ArrayList<>();
            while (position[0] < lines.size() && lines.get(position[0]).indent() == indent
                    && (lines.get(position[0]).text().startsWith("- ") || lines.get(position[0]).text().equals("-"))) {
                Line line = lines.get(position[0]++);
                String item = line.text().substring(1).strip();
                if (item.isEmpty()) {
                    throw new YamlException(line.number(), "empty list item");
                }
                list.add(scalarOrFlow(item, line.number()));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        while (position[0] < lines.size() && lines.get(position[0]).indent() == indent) {
            Line line = lines.get(position[0]);
            int colon = keyEnd(line.text());
            if (colon < 0) {
                throw new YamlException(line.number(), "expected 'key: value', found '" + line.text() + "'");
            }
            String key = unquote(line.text().substring(0, colon).strip());
            String rest = line.text().substring(colon + 1).strip();
            position[0]++;
            if (!rest.isEmpty()) {
                map.put(key, scalarOrFlow(rest, line.number()));
            } else if (position[0] < lines.size() && lines.get(position[0]).indent() > indent) {
                map.put(key, block(lines, position, lines.get(position[0]).indent()));
            } else if (position[0] < lines.size() && lines.get(position[0]).indent() == indent
                    && lines.get(position[0]).text().startsWith("-")) {
                // YAML allows a list at the key's own indentation.
                map.put(key, block(lines, position, indent));
            } else {
                map.put(key, null);
            }
        }
        return map;
    }

    private static int keyEnd(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static Object scalarOrFlow(String text, int line) throws YamlException {
        if (text.startsWith("[")) {
            if (!text.endsWith("]")) {
                throw new YamlException(line, "unclosed flow list '" + text + "'");
            }
            List<Object> list = new ArrayList<>();
            String inner = text.substring(1, text.length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String item : inner.split(",")) {
                    list.add(unquote(item.strip()));
                }
            }
            return list;
        }
        if (text.startsWith("{")) {
            throw new YamlException(line, "flow maps are not supported: write the map on indented lines");
        }
        return unquote(text);
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
