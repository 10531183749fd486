package dev.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Dockerfiles of Docker's official images in ../shared/corpus ({@code -Ddockerfile.corpus=DIR}
 * elsewhere). A test that reads them is skipped when the corpus is missing (the console says so,
 * through {@link SkipReasons}), except on CI ({@code CI=true}), where the corpus is always there and
 * a missing one is a failure: those tests never pass without having read it.
 */
public final class Corpus {
    public static final Path DIR = Path.of(System.getProperty("dockerfile.corpus", "../shared/corpus/official-dockerfiles"));

    private Corpus() {
    }

    /** Every file of the corpus, sorted; skips (or, on CI, fails) the calling test when there is none. */
    public static List<Path> files() throws IOException {
        require();
        try (Stream<Path> walk = Files.walk(DIR)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** One file of the corpus, which must be there when the corpus is; skips (or fails) as {@link #files()}. */
    public static Path file(String relative) {
        require();
        Path file = DIR.resolve(relative);
        assertTrue(Files.isRegularFile(file), "the corpus lacks " + file.toAbsolutePath());
        return file;
    }

    private static void require() {
        if (!Files.isDirectory(DIR)) {
            String reason = "no corpus at " + DIR.toAbsolutePath() + " (the official images' Dockerfiles;"
                    + " -Ddockerfile.corpus=DIR points elsewhere)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason + ", and CI=true needs it");
            }
            assumeTrue(false, reason);
        }
    }

    /** The corpus's files when it is there, else none (for tests that only take seeds from it). */
    public static List<Path> filesIfPresent() throws IOException {
        return Files.isDirectory(DIR) ? files() : List.of();
    }
}
