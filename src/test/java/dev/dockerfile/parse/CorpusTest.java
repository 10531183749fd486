package dev.dockerfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Dockerfile of the Docker official images in ../shared/corpus parses without an error. */
class CorpusTest {
    @Test
    void officialImagesParse() throws IOException {
        List<Path> files = Corpus.files();
        List<String> errors = new ArrayList<>();
        int instructions = 0;
        for (Path file : files) {
            try {
                instructions += DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8)).instructions().size();
            } catch (DockerfileParseException e) {
                errors.add(Corpus.DIR.relativize(file) + ": " + e.getMessage());
            }
        }
        System.out.printf("corpus: %d files, %d instructions, %d parse errors%n", files.size(), instructions, errors.size());
        assertEquals(List.of(), errors);
        assertTrue(files.size() >= 347, "expected the whole corpus, read " + files.size());
    }
}
