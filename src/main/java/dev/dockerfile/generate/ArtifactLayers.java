package dev.dockerfile.generate;

import dev.dockerfile.io.AtomicFiles;
import dev.dockerfile.model.RuntimeDependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stages the runtime dependencies Maven resolved into the build context, one directory per layer
 * (releases, then snapshots), for modules that Docker cannot build from source on their own.
 */
final class ArtifactLayers {
    private ArtifactLayers() {
    }

    /** @return the files that were created or changed; stale files from earlier runs are removed */
    static List<Path> stage(List<RuntimeDependency> dependencies, Path releases, Path snapshots) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(releases);
        Files.createDirectories(snapshots);
        Set<Path> wanted = new HashSet<>();
        for (RuntimeDependency dependency : dependencies) {
            Path target = (dependency.snapshot() ? snapshots : releases).resolve(dependency.fileName());
            wanted.add(target);
            if (AtomicFiles.copyIfChanged(dependency.file(), target)) {
                written.add(target);
            }
        }
        for (Path dir : List.of(releases, snapshots)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    if (!wanted.contains(file)) {
                        Files.delete(file);
                    }
                }
            }
        }
        return written;
    }
}
