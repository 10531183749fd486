package dev.dockerfile.parse;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dockerfile.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated and mutated Dockerfiles: the parser either returns or throws its parse
 * error, never anything else, and never hangs. Seeded, so a failure reproduces.
 */
class ParserFuzzTest {
    private static final String[] FRAGMENTS = {"FROM", "RUN", "COPY", "ADD", "ENV", "LABEL", "ARG", "ONBUILD", "CMD",
        "HEALTHCHECK", "SHELL", "\\", "`", "\n", "\r\n", "\r", " ", "\t", "#", "# escape=`\n", "# escape=\\\n",
        "# syntax=x\n", "<<EOF", "<<-EOF", "<<'EOF'", "EOF", "\tEOF", "[", "]", "\"", "'", ",", "=", "--from=a",
        "--", "${A:-b}", "$", "{", "}", "\uFEFF", "\u0000", "a=b", "key value", "[\"a\",", "\"\\u00", "AS", "x"};

    @Test
    void neverThrowsAnythingButItsParseErrorAndNeverHangs() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (Path file : Corpus.filesIfPresent().stream().limit(40).toList()) {
            seeds.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        seeds.add("FROM a:1\nRUN <<EOF\necho\nEOF\nENV A=1 B=\"2\"\n");
        Random random = new Random(20261126L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int n = 0; n < 5000; n++) {
                String text = n % 2 == 0 ? generated(random) : mutated(seeds.get(random.nextInt(seeds.size())), random);
                try {
                    DockerfileParser.parse(text);
                } catch (DockerfileParseException expected) {
                    // the one failure a parser may report
                } catch (RuntimeException e) {
                    throw new AssertionError("case " + n + " threw " + e + " on:\n" + text, e);
                }
            }
        });
    }

    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(60);
        for (int i = 0; i < parts; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextInt(3) == 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String mutated(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                default -> text.setCharAt(at, (char) random.nextInt(128));
            }
        }
        return text.toString();
    }
}
