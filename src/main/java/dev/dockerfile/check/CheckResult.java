package dev.dockerfile.check;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.report.FileFindings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of every checked file, the level that fails the build, and where the reports are.
 *
 * @param configuration the .hadolint.yaml that was applied, or {@code null}
 * @param notes what the log should say about how the files were checked (no ShellCheck, ShellCheck failed,
 *     rule ids that name no rule)
 */
public record CheckResult(List<FileFindings> files, Severity failOn, Path configuration, List<Path> reports,
        List<Note> notes) {

    /** One line for the log, a warning when something meant to run did not. */
    public record Note(boolean warning, String text) {
    }

    /** A finding as the build log prints it, with the severity its log level follows. */
    public record Line(Severity severity, String text) {
    }

    public CheckResult {
        files = List.copyOf(files);
        reports = List.copyOf(reports);
        notes = List.copyOf(notes);
    }

    public boolean failed() {
        return files.stream().flatMap(f -> f.findings().stream()).anyMatch(f -> f.severity().reaches(failOn));
    }

    /** Compiler-style lines: {@code src/main/docker/Dockerfile:12 DL3002 warning  Last USER is root: ...}. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (FileFindings file : files) {
            for (Finding f : file.findings()) {
                lines.add(new Line(f.severity(),
                        file.path() + ":" + f.line() + " " + f.rule() + " " + f.severity().id() + "  " + f.message()));
            }
        }
        return lines;
    }

    /** {@code 2 files checked: 1 error, 3 warnings, 0 info, 1 style (fails on warning)}. */
    public String summary() {
        long[] counts = new long[Severity.values().length];
        files.stream().flatMap(f -> f.findings().stream()).forEach(f -> counts[f.severity().ordinal()]++);
        return files.size() + (files.size() == 1 ? " file" : " files") + " checked: "
                + counts[0] + (counts[0] == 1 ? " error, " : " errors, ")
                + counts[1] + (counts[1] == 1 ? " warning, " : " warnings, ")
                + counts[2] + " info, " + counts[3] + " style (fails on " + failOn.id() + ")";
    }
}
