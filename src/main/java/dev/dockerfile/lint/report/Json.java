package dev.dockerfile.lint.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The few JSON pieces the reports need, so no JSON library is pulled into every build. */
final class Json {
    private Json() {
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        try {
            string(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * {@code value} as a JSON string, appended to {@code out}: the runs of characters that need no escape
     * in one append each, since a report of a big file is mostly such text and a writer call per character
     * was a third of checking it.
     */
    static void string(String value, Appendable out) throws IOException {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append(value, plain, value.length());
        out.append('"');
    }
}
