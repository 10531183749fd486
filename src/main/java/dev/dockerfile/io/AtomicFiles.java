package dev.dockerfile.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader (or a crash) never sees half of one, several files all or none, and
 * leaves identical files alone so their timestamps stay and incremental tools see no change.
 *
 * <p>Each file is written to a temporary file beside it, {@code .<name>.<random>.dockerfile-plugin.tmp},
 * then moved over it. A new file gets the mode any new file gets under the umask (0644 under the usual
 * 022, not the 0600 of {@link Files#createTempFile}), a replaced one keeps its mode. A temporary file
 * left by a killed build is recognisably this plugin's and is removed by the next write of its target
 * (so two builds must not write the same file at the same time).
 */
public final class AtomicFiles {
    static final String TEMP_SUFFIX = ".dockerfile-plugin.tmp";

    /** What goes into one file, written to a stream (so a large report need not be held in memory). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    /**
     * A target (absolute; {@code given} as the caller named it) whose new content waits in {@code temp};
     * {@code backup} holds its old content from the move until the whole write succeeds.
     */
    private static final class Move {
        final Path given;
        final Path target;
        final Path temp;
        Path backup;
        boolean done;

        Move(Path given, Path target, Path temp) {
            this.given = given;
            this.target = target;
            this.temp = temp;
        }
    }

    private AtomicFiles() {
    }

    /** @return true when the file was written, false when it already held exactly these bytes */
    public static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        return !writeAllIfChanged(Map.of(target, Content.of(content))).isEmpty();
    }

    /** Copies {@code source} to {@code target} atomically unless the target has the same bytes. */
    public static boolean copyIfChanged(Path source, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)
                && Files.mismatch(source, target) == -1) {
            return false;
        }
        return !writeAllIfChanged(Map.of(target, out -> Files.copy(source, out))).isEmpty();
    }

    /**
     * Writes every file or none. All contents are written to temporary files first, and only then moved
     * into place, in the map's order; when a move fails, the files already moved get their old content
     * back (or are removed if they did not exist), and the exception is thrown. A file whose content is
     * unchanged is not touched.
     *
     * @return the targets that were created or changed, in the map's order
     */
    public static List<Path> writeAllIfChanged(Map<Path, Content> files) throws IOException {
        List<Move> moves = new ArrayList<>();
        boolean committed = false;
        try {
            for (Map.Entry<Path, Content> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                Move move = new Move(file.getKey(), target, write(target, file.getValue()));
                moves.add(move);
                if (Files.isRegularFile(target) && Files.mismatch(move.temp, target) == -1) {
                    Files.delete(move.temp);
                    moves.remove(move);
                }
            }
            for (Move move : moves) {
                commit(move);
            }
            committed = true;
        } catch (IOException | RuntimeException | Error e) {
            rollBack(moves, e);
            throw e;
        } finally {
            for (Move move : moves) {
                // A backup stays only when its target could not be given its old content back.
                if (move.backup != null && (committed || !move.done)) {
                    Files.deleteIfExists(move.backup);
                }
                Files.deleteIfExists(move.temp);
            }
        }
        List<Path> written = new ArrayList<>();
        moves.forEach(m -> written.add(m.given));
        return written;
    }

    /** {@code content} in a new temporary file beside {@code target}, with the mode the target should get. */
    private static Path write(Path target, Content content) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        removeStrayTemps(target);
        Path temp = newTemp(target);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE))) {
            content.writeTo(out);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        copyPermissions(target, temp);
        return temp;
    }

    /**
     * An empty file {@code .<name>.<random>.dockerfile-plugin.tmp}, created as any new file is (mode 0666
     * masked by the umask) rather than by {@link Files#createTempFile}, whose 0600 the move would keep.
     */
    private static Path newTemp(Path target) throws IOException {
        while (true) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = target.resolveSibling("." + target.getFileName() + "." + random + TEMP_SUFFIX);
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                // another random name
            }
        }
    }

    /** A replaced file keeps its mode (a chmod'ed script stays executable); nothing to do off POSIX. */
    private static void copyPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(target);
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Temporary files of {@code target} that a killed build left behind. */
    static List<Path> strayTemps(Path target) throws IOException {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-z]+"
                + Pattern.quote(TEMP_SUFFIX));
        List<Path> strays = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
                entry -> ours.matcher(entry.getFileName().toString()).matches())) {
            entries.forEach(strays::add);
        }
        return strays;
    }

    private static void removeStrayTemps(Path target) throws IOException {
        for (Path stray : strayTemps(target)) {
            Files.deleteIfExists(stray);
        }
    }

    /** Moves the new content in; the old one stays reachable under {@code backup} until the whole write succeeds. */
    private static void commit(Move move) throws IOException {
        if (Files.exists(move.target)) {
            move.backup = newTemp(move.target);
            Files.delete(move.backup);
            try {
                // A second name for the old file: the target is never missing, and restoring it is one move.
                Files.createLink(move.backup, move.target);
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                Files.copy(move.target, move.backup, StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        replace(move.temp, move.target);
        move.done = true;
    }

    /** Undoes the moves already made, newest first; what cannot be undone is added to {@code failure}. */
    private static void rollBack(List<Move> moves, Throwable failure) {
        for (int i = moves.size() - 1; i >= 0; i--) {
            Move move = moves.get(i);
            if (!move.done) {
                continue;
            }
            try {
                if (move.backup != null) {
                    replace(move.backup, move.target);
                    move.backup = null;
                } else {
                    Files.deleteIfExists(move.target);
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
