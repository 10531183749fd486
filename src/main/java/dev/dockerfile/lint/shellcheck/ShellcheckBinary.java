package dev.dockerfile.lint.shellcheck;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the {@code shellcheck} program is: the one configured, else the first on the PATH. */
public final class ShellcheckBinary {
    /** The setting that turns ShellCheck off. */
    public static final String OFF = "none";

    private ShellcheckBinary() {
    }

    /**
     * @param setting a path to the program (relative to {@code baseDir}), a program name to look up on the
     *     PATH, or {@code null}/blank for {@code shellcheck} on the PATH
     * @param pathVariable the PATH, as the environment has it ({@code null} when unset)
     * @return the program, or empty when no setting is given and none is on the PATH
     * @throws IllegalArgumentException when the setting names no executable file: a configured program
     *     that is missing is a mistake to report, not a check to skip
     */
    public static Optional<Path> find(String setting, Path baseDir, String pathVariable) {
        if (setting == null || setting.isBlank()) {
            return onPath("shellcheck", pathVariable);
        }
        String name = setting.strip();
        Optional<Path> found;
        if (name.contains("/") || name.contains(File.separator)) {
            Path file;
            try {
                file = baseDir.resolve(name).normalize();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("is '" + name + "', which is not a path", e);
            }
            found = Optional.of(file).filter(ShellcheckBinary::isProgram);
        } else {
            found = onPath(name, pathVariable);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("is '" + name + "', which is not an executable file. Give the path"
                    + " to shellcheck (or a program name on the PATH), or '" + OFF + "' to check without it.");
        }
        return found;
    }

    private static Optional<Path> onPath(String name, String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            // shellcheck.exe: Windows finds a program by its name without the extension; so do we.
            for (String candidate : new String[] {name, name + ".exe"}) {
                try {
                    Path file = Path.of(dir, candidate);
                    if (isProgram(file)) {
                        return Optional.of(file);
                    }
                } catch (InvalidPathException e) {
                    // A PATH entry that is no path names no program; the next may.
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isProgram(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
