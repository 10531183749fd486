package dev.dockerfile.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesCreatesDirectoriesAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("a/b/Dockerfile");
        assertTrue(AtomicFiles.writeIfChanged(file, "one\n".getBytes()));
        assertEquals("one\n", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void identicalContentIsNotRewritten() throws Exception {
        Path file = dir.resolve("Dockerfile");
        AtomicFiles.writeIfChanged(file, "same\n".getBytes());
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(file, old);
        assertFalse(AtomicFiles.writeIfChanged(file, "same\n".getBytes()));
        assertEquals(old, Files.getLastModifiedTime(file));
        assertTrue(AtomicFiles.writeIfChanged(file, "other\n".getBytes()));
        assertEquals("other\n", Files.readString(file));
    }

    @Test
    void copyIfChangedComparesBytes() throws Exception {
        Path source = Files.writeString(dir.resolve("lib.jar"), "jar");
        Path target = dir.resolve("layers/lib.jar");
        assertTrue(AtomicFiles.copyIfChanged(source, target));
        assertFalse(AtomicFiles.copyIfChanged(source, target));
        Files.writeString(source, "jax");
        assertTrue(AtomicFiles.copyIfChanged(source, target));
        assertEquals("jax", Files.readString(target));
    }
}
