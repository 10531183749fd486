package dev.dockerfile.model;

import java.nio.file.Path;

/**
 * A runtime dependency Maven resolved, for images built from {@code target/} artifacts.
 *
 * @param fileName the stable name it gets in the image ({@code gson-2.11.0.jar},
 *     {@code lib-1.0-SNAPSHOT.jar}), independent of timestamped snapshot file names
 * @param snapshot snapshots change more often than releases and get their own layer
 */
public record RuntimeDependency(Path file, String fileName, boolean snapshot) {
}
