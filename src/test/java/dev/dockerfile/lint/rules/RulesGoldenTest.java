package dev.dockerfile.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every golden Dockerfile this project generates passes every rule. */
class RulesGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void generatedDockerfilesHaveNoFindings() throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(GOLDEN)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no golden Dockerfiles in " + GOLDEN.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Dockerfile dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            String ignore = file.getFileName().toString().replaceFirst("\\.Dockerfile$", ".dockerignore");
            LintContext context = new LintContext(Set.of(), Files.exists(file.resolveSibling(ignore)));
            Findings findings = new Findings();
            for (Rule rule : Rules.all()) {
                rule.check(dockerfile, context, findings);
            }
            // Off by default (DL1001, DL3057): the Linter drops these unless a severity override turns them on.
            for (Finding finding : findings.sorted().stream().filter(f -> f.severity() != Severity.NONE).toList()) {
                problems.add(file.getFileName() + ":" + finding.line() + " " + finding.rule() + " " + finding.message());
            }
        }
        assertEquals(List.of(), problems);
    }
}
