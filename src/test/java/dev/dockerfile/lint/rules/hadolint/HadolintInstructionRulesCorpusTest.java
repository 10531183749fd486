package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Corpus;
import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** This group's rules never throw on the Docker official images' Dockerfiles (findings are fine). */
class HadolintInstructionRulesCorpusTest {
    @Test
    void rulesNeverThrowOnTheOfficialImages() throws Exception {
        List<Path> files = Corpus.files();
        // Trusted registries switch DL3026 on, so it runs too.
        List<LintContext> contexts = List.of(LintContext.defaults(), new LintContext(Set.of("docker.io"), true));
        List<String> errors = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Path file : files) {
            Dockerfile dockerfile;
            try {
                dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (Exception e) {
                continue; // parse errors are the parser's CorpusTest's business
            }
            for (LintContext context : contexts) {
                for (Rule rule : HadolintInstructionRules.all()) {
                    Findings findings = new Findings();
                    try {
                        rule.check(dockerfile, context, findings);
                    } catch (RuntimeException e) {
                        errors.add(Corpus.DIR.relativize(file) + ": " + rule.id() + " threw " + e);
                        continue;
                    }
                    for (Finding finding : findings.sorted()) {
                        counts.merge(finding.rule(), 1, Integer::sum);
                        if (Boolean.getBoolean("corpus.print")) {
                            System.out.println(Corpus.DIR.relativize(file) + ":" + finding.line() + " " + finding.rule()
                                    + " " + finding.message());
                        }
                    }
                }
            }
        }
        System.out.printf("corpus: %d files, findings per rule %s%n", files.size(), counts);
        assertEquals(List.of(), errors);
        assertTrue(files.size() >= 347, "expected the whole corpus, read " + files.size());
    }
}
