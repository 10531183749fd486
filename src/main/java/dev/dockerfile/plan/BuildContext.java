package dev.dockerfile.plan;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The Docker build context: the module directory. Says where a path lies in it, as the Dockerfile
 * must write it.
 *
 * @param baseDir the module directory
 * @param outputDirectory where the Dockerfile is written, relative to the context, or {@code null}
 *     when it lies outside (or could not be written in a COPY line)
 * @param buildDirectory Maven's build directory relative to the context ({@code target} when it
 *     lies outside)
 */
public record BuildContext(Path baseDir, String outputDirectory, String buildDirectory) {
    /** Only these characters may appear in a path the Dockerfile copies. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._/-]*");

    public static BuildContext of(Path baseDir, Path outputDirectory, String buildDirectory) {
        String build = inContext(baseDir, Path.of(buildDirectory == null ? "target" : buildDirectory));
        // Outside the module or with unusual characters it could not be COPY'd: fall back to Maven's default.
        return new BuildContext(baseDir, inContext(baseDir, outputDirectory),
                build == null || build.isEmpty() ? "target" : build);
    }

    /**
     * {@code path} relative to the module (the build context), with forward slashes; {@code null}
     * when it lies outside, or has characters that would make it unusable in a COPY line.
     */
    public static String inContext(Path baseDir, Path path) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path absolute = base.resolve(path).normalize();
        if (!absolute.startsWith(base)) {
            return null;
        }
        String relative = base.relativize(absolute).toString().replace('\\', '/');
        return isSafe(relative) ? relative : null;
    }

    public static boolean isSafe(String relativePath) {
        return SAFE_PATH.matcher(relativePath).matches();
    }
}
