package dev.dockerfile.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's one JSON reader ({@code package.json}, ShellCheck's json1 report): objects (in order),
 * arrays, strings, numbers as BigDecimal, booleans and null, with the line of the first error and a
 * nesting limit, so no input can overflow the stack.
 */
public final class Json {
    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Thrown with a message that names the line and what was expected. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    /** The top-level object of {@code text}. */
    public static Map<String, Object> parseObject(String text) throws SyntaxError {
        Json reader = new Json(text.startsWith("\uFEFF") ? text.substring(1) : text);
        reader.skipBlanks();
        if (reader.peek() != '{') {
            throw reader.error("an object ('{')");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) reader.document();
        return object;
    }

    /** The value {@code text} holds, whatever its kind. */
    public static Object parse(String text) throws SyntaxError {
        return new Json(text.startsWith("\uFEFF") ? text.substring(1) : text).document();
    }

    private Object document() throws SyntaxError {
        Object value = value(0);
        skipBlanks();
        if (pos < text.length()) {
            throw error("the end of the file");
        }
        return value;
    }

    /** The string at {@code key} of an object, or {@code null} when absent or not a string. */
    public static String string(Map<String, Object> object, String key) {
        return object != null && object.get(key) instanceof String s ? s : null;
    }

    /** The object at {@code key}, or an empty one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> object, String key) {
        return object != null && object.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The strings of the array at {@code key} (other elements skipped), or an empty list. */
    public static List<String> strings(Map<String, Object> object, String key) {
        List<String> values = new ArrayList<>();
        if (object != null && object.get(key) instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values;
    }

    private Object value(int depth) throws SyntaxError {
        if (depth > 200) {
            throw error("less nesting (at most 200 levels)");
        }
        skipBlanks();
        char c = peek();
        switch (c) {
            case '{' -> {
                pos++;
                Map<String, Object> object = new LinkedHashMap<>();
                skipBlanks();
                if (peek() == '}') {
                    pos++;
                    return object;
                }
                while (true) {
                    skipBlanks();
                    if (peek() != '"') {
                        throw error("a quoted key");
                    }
                    String key = string();
                    skipBlanks();
                    expect(':');
                    object.put(key, value(depth + 1));
                    skipBlanks();
                    if (peek() == ',') {
                        pos++;
                    } else if (peek() == '}') {
                        pos++;
                        return object;
                    } else {
                        throw error("',' or '}'");
                    }
                }
            }
            case '[' -> {
                pos++;
                List<Object> array = new ArrayList<>();
                skipBlanks();
                if (peek() == ']') {
                    pos++;
                    return array;
                }
                while (true) {
                    array.add(value(depth + 1));
                    skipBlanks();
                    if (peek() == ',') {
                        pos++;
                    } else if (peek() == ']') {
                        pos++;
                        return array;
                    } else {
                        throw error("',' or ']'");
                    }
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                return literal();
            }
        }
    }

    private String string() throws SyntaxError {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("a closing quote before the line ends");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}")) {
                        throw error("four hex digits after \\u");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)");
                }
            }
        }
        throw error("a closing quote");
    }

    private Object literal() throws SyntaxError {
        int start = pos;
        while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "true" -> {
                return Boolean.TRUE;
            }
            case "false" -> {
                return Boolean.FALSE;
            }
            case "null" -> {
                return null;
            }
            default -> {
                if (word.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                    return new java.math.BigDecimal(word);
                }
                pos = start;
                throw error("a value");
            }
        }
    }

    private void expect(char c) throws SyntaxError {
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipBlanks() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private SyntaxError error(String expected) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        String found = pos >= text.length() ? "the end of the file" : "'" + text.charAt(pos) + "'";
        return new SyntaxError("line " + line + ": expected " + expected + ", found " + found);
    }
}
