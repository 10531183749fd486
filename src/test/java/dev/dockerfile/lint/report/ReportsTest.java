package dev.dockerfile.lint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.check.DockerfileCheckerTest;
import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.ParseError;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report formats byte for byte (golden files; -Dgolden.update=true rewrites them). */
class ReportsTest {
    private static final List<FileFindings> FINDINGS = List.of(
            new FileFindings("src/main/docker/Dockerfile", List.of(
                    new Finding("DF004", Severity.INFO, 2, "COPY . . without an ignore file. Add a \"*\" .dockerignore."),
                    new Finding("DL3002", Severity.WARNING, 12, "Last USER is root: the container runs with full privileges."))),
            new FileFindings("Dockerfile", List.of(new Finding("DF000", Severity.ERROR, 3, "The Dockerfile does not parse."))),
            new FileFindings("clean.Dockerfile", List.of()));

    private static void golden(String name, String actual) throws Exception {
        Path file = Path.of("src/test/resources/golden/reports", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual);
    }

    @Test
    void jsonIsHadolintsFormat() throws Exception {
        golden("dockerfile-check.json", JsonReport.render(FINDINGS));
        assertEquals("[]\n", JsonReport.render(List.of()));
    }

    @Test
    void sarif() throws Exception {
        List<Rule> rules = new ArrayList<>(DockerfileCheckerTest.RULES);
        rules.add(ParseError.RULE);
        golden("dockerfile-check.sarif", SarifReport.render(FINDINGS, rules));
        assertTrue(SarifReport.render(FINDINGS, List.of()).contains("{\"id\": \"DL3002\", \"name\": \"DL3002\","
                + " \"shortDescription\": {\"text\": \"DL3002\"}"), "a rule outside the list is described by its id");
        assertTrue(SarifReport.render(List.of(new FileFindings("Dockerfile", List.of(new Finding("SC2086", Severity.INFO, 2,
                "Double quote to prevent globbing.")))), List.of()).contains("\"helpUri\": \"https://www.shellcheck.net/wiki/SC2086\""));
    }

    @Test
    void sarifLevels() {
        assertEquals("error", SarifReport.level(Severity.ERROR));
        assertEquals("warning", SarifReport.level(Severity.WARNING));
        assertEquals("note", SarifReport.level(Severity.STYLE));
    }

    @Test
    void jsonEscapes() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.string("a\"b\\c\nd\u0001"));
    }
}
