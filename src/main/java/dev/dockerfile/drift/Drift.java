package dev.dockerfile.drift;

import java.nio.file.Path;

/**
 * One file whose content on disk is not what {@code generate} would write now.
 *
 * @param file the file, absolute
 * @param missing true when there is no file at all
 * @param diff the unified diff from the file on disk to the expected content; empty when missing
 */
public record Drift(Path file, boolean missing, String diff) {
}
