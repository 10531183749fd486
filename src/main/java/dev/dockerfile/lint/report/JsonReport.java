package dev.dockerfile.lint.report;

import dev.dockerfile.lint.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** hadolint's JSON format (a flat array of code/column/file/level/line/message), so existing tooling reads it. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(List<FileFindings> files) {
        StringBuilder out = new StringBuilder();
        try {
            write(files, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Streams the report: a file with hundreds of thousands of findings makes a report of tens of MB. */
    public static void write(List<FileFindings> files, Appendable out) throws IOException {
        boolean first = true;
        for (FileFindings file : files) {
            for (Finding f : file.findings()) {
                out.append(first ? "[\n" : ",\n").append("  {\"code\": ");
                first = false;
                Json.string(f.rule(), out);
                out.append(", \"column\": 1, \"file\": ");
                Json.string(file.path(), out);
                out.append(", \"level\": ");
                Json.string(f.severity().id(), out);
                out.append(", \"line\": ").append(String.valueOf(f.line())).append(", \"message\": ");
                Json.string(f.message(), out);
                out.append('}');
            }
        }
        out.append(first ? "[]\n" : "\n]\n");
    }
}
