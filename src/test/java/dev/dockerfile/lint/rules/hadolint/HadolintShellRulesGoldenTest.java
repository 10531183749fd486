package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Dockerfile this project generates (the golden files) is free of findings from the shell rules. */
class HadolintShellRulesGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void generatedDockerfilesHaveNoShellFindings() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "expected the golden Dockerfiles, found " + files.size());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            for (Finding f : lint(file)) {
                problems.add(file.getFileName() + ":" + f.line() + " " + f.rule() + " " + f.message());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theGoldenFilesExerciseTheRulesThatMatterForThem() throws Exception {
        // The golden files install with pip and create users: make sure the rules really read those RUNs.
        Dockerfile python = DockerfileParser.parse(Files.readString(GOLDEN.resolve("python-pyproject.Dockerfile"),
                StandardCharsets.UTF_8));
        List<ShellRun> runs = ShellRuns.posixRuns(python);
        assertTrue(runs.stream().anyMatch(r -> r.uses("pip")), "pip install not seen");
        assertTrue(runs.stream().anyMatch(r -> r.uses("useradd")), "useradd not seen");
        assertTrue(runs.stream().allMatch(r -> "1".equals(r.env().get("PIP_NO_CACHE_DIR")) || !r.uses("pip")));
    }

    static List<Finding> lint(Path file) throws IOException {
        Findings findings = new Findings();
        try {
            Dockerfile dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (Rule rule : HadolintShellRules.all()) {
                rule.check(dockerfile, LintContext.defaults(), findings);
            }
        } catch (dev.dockerfile.parse.DockerfileParseException e) {
            throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
        }
        return findings.sorted();
    }
}
