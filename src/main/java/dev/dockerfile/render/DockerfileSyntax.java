package dev.dockerfile.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns values into Dockerfile text that can only ever be data: double-quoted strings for
 * ENV/LABEL and JSON arrays for exec form. Values never reach the file unquoted, so no value can
 * start an instruction, continue a line or expand a variable.
 */
public final class DockerfileSyntax {
    private DockerfileSyntax() {
    }

    /** A double-quoted word for ENV and LABEL: backslash, quote and {@code $} are escaped. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\', '"', '$' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A JSON string, as exec-form arrays need. Control characters become {@code \\uXXXX}. */
    public static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** {@code ["java", "-jar", "app.jar"]}. */
    public static String execForm(List<String> arguments) {
        return arguments.stream().map(DockerfileSyntax::jsonString).collect(Collectors.joining(", ", "[", "]"));
    }
}
