package dev.dockerfile.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation did, for the build log.
 *
 * @param notes what was detected and why, one sentence each
 * @param warnings what the user should fix although the generation succeeded, one sentence each
 * @param written files that were created or changed
 * @param unchanged files that already had the generated content and were left alone
 * @param buildCommand the command that builds the image, run from the module directory
 * @param skipReason why nothing was generated, or {@code null}
 */
public record GenerationResult(List<String> notes, List<String> warnings, List<Path> written, List<Path> unchanged, String buildCommand,
        String skipReason) {

    public GenerationResult {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
    }

    static GenerationResult skipped(String reason) {
        return new GenerationResult(List.of(), List.of(), List.of(), List.of(), null, reason);
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
