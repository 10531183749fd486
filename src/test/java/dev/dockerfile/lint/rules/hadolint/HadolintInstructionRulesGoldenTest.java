package dev.dockerfile.lint.rules.hadolint;

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

/** Every Dockerfile this project generates is free of findings from this group's rules. */
class HadolintInstructionRulesGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static List<Path> goldenFiles() throws Exception {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
        }
    }

    static List<String> findings(Path file, LintContext context) throws Exception {
        Dockerfile dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        for (Rule rule : HadolintInstructionRules.all()) {
            if (rule.severity() == Severity.NONE) {
                continue; // off by default (DL1001, DL3057): the Linter drops their findings unless configured
            }
            Findings findings = new Findings();
            rule.check(dockerfile, context, findings);
            for (Finding finding : findings.sorted()) {
                found.add(file.getFileName() + ":" + finding.line() + " " + finding.rule() + " " + finding.message());
            }
        }
        return found;
    }

    @Test
    void generatedDockerfilesHaveNoFindings() throws Exception {
        List<Path> files = goldenFiles();
        assertFalse(files.isEmpty(), "no golden Dockerfiles in " + GOLDEN.toAbsolutePath());
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            found.addAll(findings(file, LintContext.defaults()));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void generatedDockerfilesPassWhenTheirRegistriesAreTrusted() throws Exception {
        LintContext trusted =
                new LintContext(Set.of("docker.io", "gcr.io/distroless", "registry.access.redhat.com"), true);
        List<String> found = new ArrayList<>();
        for (Path file : goldenFiles()) {
            found.addAll(findings(file, trusted));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void baseImagesFromArgDefaultsAreCheckedAgainstTrustedRegistries() throws Exception {
        LintContext hubOnly = new LintContext(Set.of("docker.io"), true);
        for (String name : List.of("spring-boot-distroless.Dockerfile", "spring-boot-ubi.Dockerfile")) {
            List<String> found = findings(GOLDEN.resolve(name), hubOnly).stream()
                    .map(f -> f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1)))
                    .toList();
            // The findings are on the FROMs whose base is the untrusted default: the user stage's (none for
            // distroless) and the final stage's.
            List<String> lines = java.nio.file.Files.readAllLines(GOLDEN.resolve(name));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("FROM ${RUNTIME_IMAGE}")) {
                    expected.add(name + ":" + (i + 1) + " DL3026");
                }
            }
            assertEquals(expected, found);
        }
        assertEquals(List.of(), findings(GOLDEN.resolve("java-source.Dockerfile"), hubOnly));
    }
}
