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
 * @param shellcheck the shellcheck program (a path, or a name on the PATH), {@code none} to check without it,
 *     or {@code null} for {@code shellcheck} on the PATH when there is one
 * @param labelSchema label name to type, over .hadolint.yaml's {@code label-schema}
 * @param strictLabels {@code null} for .hadolint.yaml's {@code strict-labels}
 */
public record CheckRequest(Path baseDir, List<Path> files, Path generatedDockerfile, String failOn,
        List<String> ignore, Map<String, String> severityOverrides, Path reportDirectory, String shellcheck,
        Map<String, String> labelSchema, Boolean strictLabels) {

    /** Without a ShellCheck setting ({@code shellcheck} from the PATH when there is one) and without a label schema. */
    public CheckRequest(Path baseDir, List<Path> files, Path generatedDockerfile, String failOn,
            List<String> ignore, Map<String, String> severityOverrides, Path reportDirectory) {
        this(baseDir, files, generatedDockerfile, failOn, ignore, severityOverrides, reportDirectory, null, Map.of(),
                null);
    }

    public CheckRequest {
        files = files == null ? List.of() : List.copyOf(files);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        severityOverrides = severityOverrides == null ? Map.of() : Map.copyOf(severityOverrides);
        labelSchema = labelSchema == null ? Map.of() : Map.copyOf(labelSchema);
    }
}
