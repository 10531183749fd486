package dev.dockerfile.drift;

import dev.dockerfile.text.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the files {@code generate} would write with the files on disk, reading only: the goal
 * that runs it must never change what it checks. Only the given files are looked at; whatever else
 * lies in the directory is not this plugin's business.
 */
public final class DriftCheck {
    private DriftCheck() {
    }

    /**
     * @param expected absolute path to the text {@code generate} would write
     * @param base the directory the diff headers name the files from (the reactor root)
     * @return the files that differ or are missing, in the order given
     */
    public static List<Drift> compare(Map<Path, String> expected, Path base) throws IOException {
        List<Drift> drifts = new ArrayList<>();
        for (Map.Entry<Path, String> entry : expected.entrySet()) {
            Path file = entry.getKey();
            if (!Files.isRegularFile(file)) {
                drifts.add(new Drift(file, true, ""));
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            byte[] wanted = entry.getValue().getBytes(StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(bytes, wanted)) {
                String name = name(base, file);
                // A file that is not UTF-8 decodes with replacement characters: still a readable diff.
                drifts.add(new Drift(file, false, UnifiedDiff.between("a/" + name,
                        new String(bytes, StandardCharsets.UTF_8), "b/" + name, entry.getValue())));
            }
        }
        return drifts;
    }

    /** {@code file} relative to {@code base} with forward slashes, or as it is when it lies outside. */
    public static String name(Path base, Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(absoluteBase) ? absoluteBase.relativize(absolute) : absolute).toString()
                .replace('\\', '/');
    }
}
