package dev.dockerfile.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Exec form: a JSON array of strings, or {@code null} when the text is not JSON (then it is shell form). A
 * JSON array holding anything but strings ({@code ["echo", ["nested"]]}) is an error, as in BuildKit.
 */
final class JsonArray {
    /** BuildKit's words for a JSON array with other elements than strings. */
    static final String NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only";

    private JsonArray() {
    }

    static List<String> parse(String text, int line) throws DockerfileParseException {
        String s = text.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean otherThanStrings = false;
        int i = skip(s, 1);
        if (i < s.length() - 1 || s.charAt(i) != ']') {
            while (true) {
                if (i < s.length() && s.charAt(i) != '"') {
                    i = JsonValue.end(s, i);
                    if (i < 0) {
                        return null;
                    }
                    otherThanStrings = true;
                    i = skip(s, i);
                    if (i < s.length() && s.charAt(i) == ',') {
                        i = skip(s, i + 1);
                        continue;
                    }
                    if (i < s.length() && s.charAt(i) == ']') {
                        i++;
                        break;
                    }
                    return null;
                }
                if (i >= s.length()) {
                    return null;
                }
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= s.length()) {
                        return null;
                    }
                    char c = s.charAt(i++);
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\') {
                        if (i >= s.length()) {
                            return null;
                        }
                        char e = s.charAt(i++);
                        switch (e) {
                            case '"', '\\', '/' -> value.append(e);
                            case 'b' -> value.append('\b');
                            case 'f' -> value.append('\f');
                            case 'n' -> value.append('\n');
                            case 'r' -> value.append('\r');
                            case 't' -> value.append('\t');
                            case 'u' -> {
                                if (i + 4 > s.length()) {
                                    return null;
                                }
                                try {
                                    value.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                                } catch (NumberFormatException ex) {
                                    return null;
                                }
                                i += 4;
                            }
                            default -> {
                                return null;
                            }
                        }
                    } else if (c < 0x20) {
                        return null;
                    } else {
                        value.append(c);
                    }
                }
                values.add(value.toString());
                i = skip(s, i);
                if (i >= s.length()) {
                    return null;
                }
                if (s.charAt(i) == ',') {
                    i = skip(s, i + 1);
                } else if (s.charAt(i) == ']') {
                    i++;
                    break;
                } else {
                    return null;
                }
            }
        } else {
            i++;
        }
        if (skip(s, i) != s.length()) {
            return null;
        }
        if (otherThanStrings) {
            throw new DockerfileParseException(line, NOT_STRINGS);
        }
        return values;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
