package dev.dockerfile.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code dockerfile:check} is asked to do, as configured (unvalidated).
 *
 * @param files the Dockerfiles to check, or empty to find them (the generated one, and
 *     {@code Dockerfile}, {@code *.Dockerfile}, {@code Dockerfile.*} in the module and {@code src/main/docker})
 * @param generatedDockerfile where {@code generate} writes, checked when it exists
 * @param failOn error, warning, info, style or none; {@code null} for the .hadolint.yaml value or warning
 * @param labelSchema label name to type, over .hadolint.yaml's {@code label-schema}
 * @param strictLabels {@code null} for .hadolint.yaml's {@code strict-labels}
 */
public record CheckRequest(Path baseDir, List<Path> files, Path generatedDockerfile, String failOn,
        List<String> ignore, Map<String, String> severityOverrides, Path reportDirectory,
        Map<String, String> labelSchema, Boolean strictLabels) {

    public CheckRequest {
        files = files == null ? List.of() : List.copyOf(files);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        severityOverrides = severityOverrides == null ? Map.of() : Map.copyOf(severityOverrides);
        labelSchema = labelSchema == null ? Map.of() : Map.copyOf(labelSchema);
    }

    /** Without label-schema parameters. */
    public CheckRequest(Path baseDir, List<Path> files, Path generatedDockerfile, String failOn, List<String> ignore,
            Map<String, String> severityOverrides, Path reportDirectory) {
        this(baseDir, files, generatedDockerfile, failOn, ignore, severityOverrides, reportDirectory, Map.of(), null);
    }
}
