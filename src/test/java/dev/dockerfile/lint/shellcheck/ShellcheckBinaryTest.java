package dev.dockerfile.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellcheckBinaryTest {
    @TempDir
    Path dir;
    private Path bin;
    private Path program;

    @BeforeEach
    void programs() throws Exception {
        bin = Files.createDirectories(dir.resolve("bin"));
        program = executable(bin.resolve("shellcheck"));
        executable(bin.resolve("shellcheck-0.10"));
        Files.writeString(bin.resolve("not-executable"), "");
    }

    private static Path executable(Path file) throws Exception {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private String path(Path... dirs) {
        StringBuilder path = new StringBuilder();
        for (Path d : dirs) {
            path.append(d).append(File.pathSeparator);
        }
        return path.toString();
    }

    @Test
    void withoutASettingTheFirstShellcheckOnThePath() {
        Path empty = dir.resolve("empty");
        assertEquals(Optional.of(program), ShellcheckBinary.find(null, dir, File.pathSeparator + path(empty, bin)));
        assertEquals(Optional.of(program), ShellcheckBinary.find(" ", dir, path(bin)));
        assertEquals(Optional.empty(), ShellcheckBinary.find(null, dir, path(empty)));
        assertEquals(Optional.empty(), ShellcheckBinary.find(null, dir, null));
        assertEquals(Optional.empty(), ShellcheckBinary.find(null, dir, "\0"));
    }

    @Test
    void aSettingIsAPathOrAProgramName() {
        assertEquals(Optional.of(program), ShellcheckBinary.find("bin/shellcheck", dir, null));
        assertEquals(Optional.of(program), ShellcheckBinary.find(program.toString(), Path.of("/elsewhere"), null));
        assertEquals(Optional.of(bin.resolve("shellcheck-0.10")), ShellcheckBinary.find("shellcheck-0.10", dir, path(bin)));
    }

    @Test
    void aSettingThatNamesNoProgramIsAMistake() {
        for (String setting : new String[] {"bin/not-executable", "bin/missing", "missing", "bin"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> ShellcheckBinary.find(setting, dir, path(bin)));
            assertEquals("is '" + setting + "', which is not an executable file. Give the path to shellcheck (or a"
                    + " program name on the PATH), or 'none' to check without it.", e.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> ShellcheckBinary.find("bin/\0", dir, null));
        assertEquals("is 'bin/\0', which is not a path", e.getMessage());
    }
}
