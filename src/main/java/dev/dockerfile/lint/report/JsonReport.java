package dev.dockerfile.lint.report;

import dev.dockerfile.lint.Finding;
import java.util.ArrayList;
import java.util.List;

/** hadolint's JSON format (a flat array of code/column/file/level/line/message), so existing tooling reads it. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(List<FileFindings> files) {
        List<String> items = new ArrayList<>();
        for (FileFindings file : files) {
            for (Finding f : file.findings()) {
                items.add("  {\"code\": " + Json.string(f.rule()) + ", \"column\": 1, \"file\": " + Json.string(file.path())
                        + ", \"level\": " + Json.string(f.severity().id()) + ", \"line\": " + f.line()
                        + ", \"message\": " + Json.string(f.message()) + "}");
            }
        }
        return items.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", items) + "\n]\n";
    }
}
