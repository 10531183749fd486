package dev.dockerfile.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static AtomicFiles.Content text(String text) {
        return AtomicFiles.Content.of(text.getBytes());
    }

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
        assertEquals(List.of(), AtomicFiles.writeAllIfChanged(Map.of(file, text("same\n"))));
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

    @Test
    void aNewFileGetsTheModeTheUmaskGivesAndAReplacedOneKeepsItsMode() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        // Files.write creates a file as Maven's own plugins do: mode 0666 masked by the umask (0644 under 022).
        Path reference = Files.write(dir.resolve("reference"), new byte[0]);
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
        Path written = dir.resolve("Dockerfile");
        AtomicFiles.writeIfChanged(written, "FROM a:1\n".getBytes());
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        Path copied = dir.resolve("lib.jar");
        AtomicFiles.copyIfChanged(reference, copied);
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(copied)));
        if (expected.equals("rw-r--r--")) {
            Path report = dir.resolve("target/dockerfile-check.json");
            AtomicFiles.writeAllIfChanged(Map.of(report, text("[]\n")));
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        }
        for (String mode : List.of("rwxr-x---", "rw-------")) {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString(mode));
            AtomicFiles.writeIfChanged(written, ("FROM b:" + mode + "\n").getBytes());
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        }
    }

    @Test
    void temporaryFilesAreNamedAsThePluginsAndStrayOnesAreRemovedByTheNextWrite() throws Exception {
        Path dockerfile = dir.resolve("Dockerfile");
        // What kill -9 leaves: one of the Dockerfile's, one of the ignore file's, and someone else's file.
        Files.writeString(dir.resolve(".Dockerfile.k3j9x2" + AtomicFiles.TEMP_SUFFIX), "half");
        Files.writeString(dir.resolve(".Dockerfile.dockerignore.z8" + AtomicFiles.TEMP_SUFFIX), "half");
        Files.writeString(dir.resolve(".Dockerfile.swp"), "vim");
        List<String> during = new java.util.ArrayList<>();
        AtomicFiles.writeAllIfChanged(Map.of(dockerfile, out -> {
            during.addAll(names());
            out.write("FROM a:1\n".getBytes());
        }));
        assertTrue(during.stream().anyMatch(n -> n.matches("\\.Dockerfile\\.[0-9a-z]+\\.dockerfile-plugin\\.tmp")
                && !n.equals(".Dockerfile.k3j9x2.dockerfile-plugin.tmp")), during.toString());
        assertEquals(List.of(".Dockerfile.dockerignore.z8.dockerfile-plugin.tmp", ".Dockerfile.swp", "Dockerfile"),
                names());
    }

    @Test
    void aFailureBeforeAnyMoveChangesNothing() throws Exception {
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "old");
        Path ignore = Files.writeString(dir.resolve("Dockerfile.dockerignore"), "old ignore");
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(dockerfile, text("new"));
        files.put(ignore, out -> {
            throw new OutOfMemoryError("rendering the second file");
        });
        assertThrows(OutOfMemoryError.class, () -> AtomicFiles.writeAllIfChanged(files));
        assertEquals("old", Files.readString(dockerfile));
        assertEquals("old ignore", Files.readString(ignore));
        assertEquals(List.of("Dockerfile", "Dockerfile.dockerignore"), names());

        Files.writeString(dir.resolve("not-a-directory"), "");
        Map<Path, AtomicFiles.Content> unwritable = new LinkedHashMap<>();
        unwritable.put(dockerfile, text("new"));
        unwritable.put(dir.resolve("not-a-directory/report.sarif"), text("{}"));
        assertThrows(IOException.class, () -> AtomicFiles.writeAllIfChanged(unwritable));
        assertEquals("old", Files.readString(dockerfile));
        assertEquals(List.of("Dockerfile", "Dockerfile.dockerignore", "not-a-directory"), names());
    }

    @Test
    void aMoveThatFailsGivesTheFilesAlreadyMovedTheirOldContentBack() throws Exception {
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "old");
        Path created = dir.resolve("a.json");
        // A non-empty directory where the last file should go: its temporary file is written, its move fails.
        Path blocked = Files.createDirectories(dir.resolve("z.sarif"));
        Files.writeString(blocked.resolve("inside"), "");
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(dockerfile, text("new"));
        files.put(created, text("[]"));
        files.put(blocked, text("{}"));
        assertThrows(IOException.class, () -> AtomicFiles.writeAllIfChanged(files));
        assertEquals("old", Files.readString(dockerfile));
        assertFalse(Files.exists(created), "a file that did not exist before is removed again");
        assertEquals(List.of("Dockerfile", "z.sarif"), names());
    }

    @Test
    void allFilesAreWrittenInOneGo() throws Exception {
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "old");
        Path ignore = dir.resolve("Dockerfile.dockerignore");
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(dockerfile, text("new"));
        files.put(ignore, text("*\n"));
        assertEquals(List.of(dockerfile, ignore), AtomicFiles.writeAllIfChanged(files));
        assertEquals("new", Files.readString(dockerfile));
        assertEquals("*\n", Files.readString(ignore));
        assertEquals(List.of("Dockerfile", "Dockerfile.dockerignore"), names());
    }
}
