package dev.dockerfile.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes files so that a reader (or a crash) never sees half of one, and leaves identical files
 * alone so their timestamps stay and incremental tools see no change.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** @return true when the file was written, false when it already held exactly these bytes */
    public static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        replace(target, temp -> Files.write(temp, content));
        return true;
    }

    /** Copies {@code source} to {@code target} atomically unless the target has the same bytes. */
    public static boolean copyIfChanged(Path source, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)
                && Files.mismatch(source, target) == -1) {
            return false;
        }
        replace(target, temp -> Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING));
        return true;
    }

    private interface Filler {
        void fill(Path temp) throws IOException;
    }

    /** Fills a temporary file beside {@code target}, then moves it over the target in one step. */
    private static void replace(Path target, Filler filler) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            filler.fill(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
