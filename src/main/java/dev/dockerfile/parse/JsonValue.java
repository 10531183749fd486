package dev.dockerfile.parse;

/**
 * Where a JSON value (string, number, literal, array, object) ends: enough to tell that
 * {@code ["echo", ["nested"]]} is JSON (an error for BuildKit) while {@code [ echo ]} is not (shell form).
 */
final class JsonValue {
    /** Deeper nesting is taken as not JSON: a bound, so a line of a million {@code [} cannot overflow the stack. */
    private static final int MAX_DEPTH = 500;

    private JsonValue() {
    }

    /** The index after the value starting at {@code at}, or -1 when none starts there. */
    static int end(String s, int at) {
        return end(s, at, 0);
    }

    private static int end(String s, int at, int depth) {
        if (at >= s.length() || depth > MAX_DEPTH) {
            return -1;
        }
        char c = s.charAt(at);
        return switch (c) {
            case '"' -> stringEnd(s, at);
            case '[' -> containerEnd(s, at, ']', false, depth);
            case '{' -> containerEnd(s, at, '}', true, depth);
            case 't' -> literalEnd(s, at, "true");
            case 'f' -> literalEnd(s, at, "false");
            case 'n' -> literalEnd(s, at, "null");
            default -> c == '-' || c >= '0' && c <= '9' ? numberEnd(s, at) : -1;
        };
    }

    private static int containerEnd(String s, int open, char close, boolean object, int depth) {
        int i = skip(s, open + 1);
        if (i < s.length() && s.charAt(i) == close) {
            return i + 1;
        }
        while (true) {
            if (object) {
                i = stringEnd(s, i);
                if (i < 0) {
                    return -1;
                }
                i = skip(s, i);
                if (i >= s.length() || s.charAt(i) != ':') {
                    return -1;
                }
                i = skip(s, i + 1);
            }
            i = end(s, i, depth + 1);
            if (i < 0) {
                return -1;
            }
            i = skip(s, i);
            if (i >= s.length()) {
                return -1;
            }
            if (s.charAt(i) == close) {
                return i + 1;
            }
            if (s.charAt(i) != ',') {
                return -1;
            }
            i = skip(s, i + 1);
        }
    }

    private static int stringEnd(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '"') {
            return -1;
        }
        for (int i = at + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            } else if (c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    private static int literalEnd(String s, int at, String literal) {
        return s.startsWith(literal, at) ? at + literal.length() : -1;
    }

    private static int numberEnd(String s, int at) {
        int i = at;
        if (s.charAt(i) == '-') {
            i++;
        }
        int digits = digits(s, i);
        if (digits == i || s.charAt(i) == '0' && digits > i + 1) {
            return -1; // JSON has no leading zeros
        }
        i = digits;
        if (i < s.length() && s.charAt(i) == '.') {
            int fraction = digits(s, i + 1);
            if (fraction == i + 1) {
                return -1;
            }
            i = fraction;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(s, i);
            if (exponent == i) {
                return -1;
            }
            i = exponent;
        }
        return i;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int skip(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
