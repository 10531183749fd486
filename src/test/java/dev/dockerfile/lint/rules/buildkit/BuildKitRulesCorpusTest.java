package dev.dockerfile.lint.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParseException;
import dev.dockerfile.parse.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The BuildKit checks never throw on the Docker official images' Dockerfiles (findings are fine). */
class BuildKitRulesCorpusTest {
    static final Path CORPUS = Path.of(System.getProperty("dockerfile.corpus", "../shared/corpus/official-dockerfiles"));

    @Test
    void rulesDoNotThrowOnOfficialImages() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> errors = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int parsed = 0;
        for (Path file : files) {
            Dockerfile dockerfile;
            try {
                dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (DockerfileParseException e) {
                continue;
            }
            parsed++;
            for (Rule rule : BuildKitRules.all()) {
                try {
                    Findings findings = new Findings();
                    rule.check(dockerfile, new LintContext(Set.of(), false), findings);
                    for (Finding finding : findings.sorted()) {
                        counts.merge(finding.rule(), 1, Integer::sum);
                        if (Boolean.getBoolean("corpus.print")) {
                            System.out.println(CORPUS.relativize(file) + ":" + finding.line() + " " + finding.rule()
                                    + " " + finding.message());
                        }
                    }
                } catch (RuntimeException e) {
                    errors.add(CORPUS.relativize(file) + ": " + rule.id() + " threw " + e);
                }
            }
        }
        System.out.printf("buildkit rules on corpus: %d files, findings %s%n", parsed, counts);
        assertEquals(List.of(), errors);
        assertTrue(parsed >= 347, "expected the whole corpus, read " + parsed);
    }
}
