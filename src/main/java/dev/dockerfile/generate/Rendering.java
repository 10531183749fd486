package dev.dockerfile.generate;

import dev.dockerfile.config.BuildMode;
import dev.dockerfile.plan.StackPlan;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code generate} would write, before anything is written: the drift check compares it with
 * the disk, the fleet file reads the service from it.
 *
 * @param notes what was detected and why, one sentence each
 * @param warnings what the user should fix although the rendering succeeded
 * @param files absolute path to text: the Dockerfile first, then its ignore file
 * @param buildCommand the command that builds the image, run from the module directory
 * @param staging the runtime dependencies to stage (artifact mode), or {@code null}
 * @param buildMode {@code source} or {@code artifact}
 * @param skipReason why the module gets no Dockerfile, or {@code null}
 */
public record Rendering(List<String> notes, List<String> warnings, Map<Path, String> files, String buildCommand,
        StackPlan.Staging staging, String buildMode, String skipReason) {

    public Rendering {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    static Rendering skipped(String reason) {
        return new Rendering(List.of(), List.of(), Map.of(), null, null, null, reason);
    }

    public boolean isSkipped() {
        return skipReason != null;
    }

    /** The Dockerfile's path; only for a rendering that was not skipped. */
    public Path dockerfile() {
        return files.keySet().iterator().next();
    }

    /** Built from Maven's artifacts: its image copies what {@code mvn package} made. */
    public boolean fromArtifacts() {
        return BuildMode.ARTIFACT.id().equals(buildMode);
    }

    public String dockerfileText() {
        return files.get(dockerfile());
    }
}
