package dev.dockerfile.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.rules.Rules;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DockerfileCheckerTest {
    /** DL3002-like: USER root; DF004-like: COPY . . without an ignore file. Fixed rules keep these tests exact. */
    public static final List<Rule> RULES = List.of(
            new Rule("DL3002", Severity.WARNING, "Last USER is root", "privileges", "Add `USER 10001`.") {
                @Override
                public void check(Dockerfile d, LintContext c, Findings f) {
                    d.instructions().stream().filter(i -> i.is("USER") && i.arguments().equals("root"))
                            .forEach(i -> f.add(this, i.startLine()));
                }
            },
            new Rule("DF004", Severity.INFO, "COPY . . without an ignore file", "context", "Add a .dockerignore.") {
                @Override
                public void check(Dockerfile d, LintContext c, Findings f) {
                    for (Instruction i : d.instructions()) {
                        if (i.is("COPY") && i.arguments().startsWith(". ") && !c.hasIgnoreFile()) {
                            f.add(this, i.startLine());
                        }
                    }
                }
            });

    @TempDir
    Path module;

    private final DockerfileChecker checker = new DockerfileChecker(RULES);

    @BeforeEach
    void files() throws Exception {
        Files.writeString(module.resolve("Dockerfile"), "FROM a:1\nCOPY . /app\nUSER root\n");
        Files.createDirectories(module.resolve("src/main/docker"));
        Files.writeString(module.resolve("src/main/docker/api.Dockerfile"), "FROM a:1\nUSER 1\n");
        Files.writeString(module.resolve("Dockerfile.dockerignore"), "*\n");
        Files.writeString(module.resolve("README.md"), "not a Dockerfile\n");
    }

    private static List<String> texts(CheckResult result) {
        return result.lines().stream().map(CheckResult.Line::text).toList();
    }

    private CheckRequest request(List<Path> files, String failOn) {
        return new CheckRequest(module, files, module.resolve("target/docker/Dockerfile"), failOn, List.of(), Map.of(),
                module.resolve("target"));
    }

    @Test
    void findsTheUsualFilesAndPrintsLikeACompiler() throws Exception {
        CheckResult result = checker.check(request(List.of(), null));
        assertEquals(List.of("Dockerfile", "src/main/docker/api.Dockerfile"),
                result.files().stream().map(f -> f.path()).toList());
        assertEquals(List.of("Dockerfile:3 DL3002 warning  Last USER is root. Add `USER 10001`."), texts(result));
        assertEquals("2 files checked: 0 errors, 1 warning, 0 info, 0 style (fails on warning)", result.summary());
        assertTrue(result.failed());
        assertNull(result.configuration());
        assertTrue(Files.readString(module.resolve("target/dockerfile-check.json")).contains("\"code\": \"DL3002\""));
        assertTrue(Files.readString(module.resolve("target/dockerfile-check.sarif")).contains("\"version\": \"2.1.0\""));
        assertEquals("FROM a:1\nCOPY . /app\nUSER root\n", Files.readString(module.resolve("Dockerfile")), "never modified");
    }

    @Test
    void theIgnoreFileBesideTheDockerfileCounts() throws Exception {
        Files.delete(module.resolve("Dockerfile.dockerignore"));
        assertEquals(List.of("Dockerfile:2 DF004 info  COPY . . without an ignore file. Add a .dockerignore.",
                "Dockerfile:3 DL3002 warning  Last USER is root. Add `USER 10001`."), texts(checker.check(request(List.of(), "error"))));
        Files.writeString(module.resolve(".dockerignore"), "*\n");
        assertEquals(1, texts(checker.check(request(List.of(), null))).size());
    }

    @Test
    void failOnDecidesWhetherTheBuildFails() throws Exception {
        assertFalse(checker.check(request(List.of(), "error")).failed());
        assertFalse(checker.check(request(List.of(), "none")).failed());
        assertTrue(checker.check(request(List.of(), "style")).failed());
        var e = assertThrows(ConfigurationException.class, () -> checker.check(request(List.of(), "fatal")));
        assertEquals("<failOn> (-Ddockerfile.check.failOn) is 'fatal': use error, warning (the default), info, style or"
                + " none.", e.getMessage());
    }

    @Test
    void hadolintYamlInAParentAppliesAndParametersWin() throws Exception {
        Files.writeString(module.getParent().resolve(".hadolint.yaml"), "failure-threshold: error\n");
        try {
            CheckResult result = checker.check(request(List.of(), null));
            assertEquals(module.getParent().resolve(".hadolint.yaml"), result.configuration());
            assertEquals(Severity.ERROR, result.failOn());
            assertFalse(result.failed());
            CheckRequest overridden = new CheckRequest(module, List.of(), null, null, List.of(),
                    Map.of("DL3002", "error"), null);
            assertTrue(checker.check(overridden).failed());
            CheckRequest ignored = new CheckRequest(module, List.of(), null, "style", List.of("DL3002,DF004"), Map.of(), null);
            assertEquals(List.of(), texts(checker.check(ignored)));
        } finally {
            Files.delete(module.getParent().resolve(".hadolint.yaml"));
        }
    }

    @Test
    void explicitFilesAndTheirErrors() throws Exception {
        Files.writeString(module.resolve("broken"), "FROM a:1\nRUN <<EOF\n");
        CheckResult result = checker.check(request(List.of(Path.of("broken")), null));
        assertEquals(List.of("broken:2 DF000 error  The Dockerfile does not parse: unterminated heredoc <<EOF: no line"
                + " 'EOF' ends it. Fix the syntax: BuildKit rejects it too."), texts(result));
        var missing = assertThrows(ConfigurationException.class, () -> checker.check(request(List.of(Path.of("nope")), null)));
        assertEquals(Parameter.CHECK_FILES, missing.parameter());
        var badLevel = assertThrows(ConfigurationException.class, () -> checker.check(
                new CheckRequest(module, List.of(), null, null, List.of(), Map.of("DL3002", "loud"), null)));
        assertEquals("<severityOverrides> gives DL3002 the level 'loud': use error, warning, info, style or none.",
                badLevel.getMessage());
    }

    @Test
    void aBrokenHadolintYamlIsAConfigurationError() throws Exception {
        Files.writeString(module.resolve(".hadolint.yaml"), "ignored: DL3008\n");
        var e = assertThrows(ConfigurationException.class, () -> checker.check(request(List.of(), null)));
        assertTrue(e.getMessage().endsWith(".hadolint.yaml: line 1: 'ignored' must be a list. Fix the file or delete it."),
                e.getMessage());
    }

    @Test
    void theGeneratedDockerfileIsCheckedToo() throws Exception {
        Files.createDirectories(module.resolve("target/docker"));
        Files.writeString(module.resolve("target/docker/Dockerfile"), "FROM a:1\nUSER root\n");
        assertEquals("target/docker/Dockerfile", checker.check(request(List.of(), null)).files().get(0).path());
    }

    @Test
    void aFileThatIsNotUtf8IsOneParseErrorAndTheOthersAreStillChecked() throws Exception {
        // "é" is two bytes in UTF-8, so the offset counts bytes, not characters; 0xE9 alone is Latin-1's é.
        byte[] utf8 = "FROM a:1\nLABEL x=\"é\"\nRUN echo caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(utf8, utf8.length + 2);
        bytes[utf8.length] = (byte) 0xE9;
        bytes[utf8.length + 1] = '\n';
        Files.write(module.resolve("src/main/docker/latin1.Dockerfile"), bytes);
        CheckResult result = checker.check(request(List.of(), null));
        assertEquals(List.of("Dockerfile:3 DL3002 warning  Last USER is root. Add `USER 10001`.",
                "src/main/docker/latin1.Dockerfile:3 DF000 error  The Dockerfile is not UTF-8: byte 0xE9 at offset 34"
                        + " is not valid UTF-8. Save the file as UTF-8, as BuildKit expects (from Latin-1: `iconv -f"
                        + " ISO-8859-1 -t UTF-8`)."), texts(result));
        assertEquals(3, result.files().size());
        assertTrue(Files.readString(module.resolve("target/dockerfile-check.json")).contains("latin1.Dockerfile"));
    }

    @Test
    void crOnlyLineEndsMakeOneLineAsInBuildKitAndCrlfWorks() throws Exception {
        Files.writeString(module.resolve("Dockerfile"), "FROM a:1\rCOPY . /app\rUSER root\r");
        Files.writeString(module.resolve("src/main/docker/api.Dockerfile"), "FROM a:1\r\nUSER root\r\n");
        List<Rule> rules = new ArrayList<>(RULES);
        Rules.all().stream().filter(r -> r.id().equals("DF010")).forEach(rules::add);
        List<String> lines = texts(new DockerfileChecker(rules).check(request(List.of(), null)));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("Dockerfile:1 DF010 error  FROM has 6 arguments"), lines.get(0));
        assertEquals("src/main/docker/api.Dockerfile:2 DL3002 warning  Last USER is root. Add `USER 10001`.", lines.get(1));
    }

    @Test
    void theReportsOfOneRunAreWrittenBothOrNeither() throws Exception {
        checker.check(request(List.of(), null));
        Path json = module.resolve("target/dockerfile-check.json");
        String before = Files.readString(json);
        Files.writeString(module.resolve("Dockerfile"), "FROM a:1\nUSER 1\n");
        // The SARIF report cannot be replaced (a directory is in its way): the JSON report must not change alone.
        Path sarif = module.resolve("target/dockerfile-check.sarif");
        Files.delete(sarif);
        Files.createDirectories(sarif);
        Files.writeString(sarif.resolve("inside"), "");
        var e = assertThrows(java.io.IOException.class, () -> checker.check(request(List.of(), null)));
        assertTrue(e.getMessage().startsWith("cannot write dockerfile-check.json and dockerfile-check.sarif to target ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("); the reports of the previous run are left as they were"), e.getMessage());
        assertEquals(before, Files.readString(json));
        Files.delete(sarif.resolve("inside"));
        Files.delete(sarif);
        checker.check(request(List.of(), null));
        assertEquals("[]\n", Files.readString(json));
        assertTrue(Files.readString(sarif).contains("\"results\": []"));
    }

    @Test
    void idsThatNameNoRuleAreWarningsWithTheNearestId() throws Exception {
        Files.writeString(module.resolve(".hadolint.yaml"), "ignored:\n  - DL3003\n  - DF0004\noverride:\n  info: [SC2086]\n");
        CheckResult result = checker.check(new CheckRequest(module, List.of(), null, null, List.of("DL3002, dl-3002"),
                Map.of("DF000", "info"), null));
        assertEquals(List.of(module.resolve(".hadolint.yaml") + ": line 2: 'ignored': DL3003 names no rule of this plugin, so it"
                        + " applies to nothing; did you mean DL3002?",
                module.resolve(".hadolint.yaml") + ": line 3: 'ignored': DF0004 names no rule of this plugin, so it applies to"
                        + " nothing; did you mean DF004?",
                "<ignore> (-Ddockerfile.check.ignore): dl-3002 names no rule of this plugin, so it applies to nothing; did you mean"
                        + " DL3002?",
                "<severityOverrides>: DF000 (a file that does not parse) is always an error and cannot be ignored or"
                        + " overridden; remove it"), result.notes().stream().map(CheckResult.Note::text).toList());
        assertEquals(List.of(), texts(result), "DL3002 is ignored all the same");
    }

    @Test
    void labelSchemaParametersAreChecked() throws Exception {
        CheckRequest request = new CheckRequest(module, List.of(), null, null, List.of(), Map.of(), null, "none",
                Map.of("org.opencontainers.image.url", "link"), true);
        var e = assertThrows(ConfigurationException.class, () -> checker.check(request));
        assertEquals("<labelSchema> gives label 'org.opencontainers.image.url' the type 'link': use one of email, hash,"
                + " rfc3339, semver, spdx, text, url.", e.getMessage());
    }

    @Test
    void copyIgnoredFileReadsTheIgnoreFileBuildKitWouldUse() throws Exception {
        Path service = Files.createDirectories(module.resolve("service"));
        Files.writeString(service.resolve("Dockerfile"), "FROM a:1\nCOPY secret.txt app.jar /app/\n");
        Files.writeString(service.resolve(".dockerignore"), "secret.txt\n");
        DockerfileChecker real = new DockerfileChecker();
        CheckRequest request = new CheckRequest(service, List.of(), null, "none", List.of(), Map.of(), null, "none",
                Map.of(), null);
        assertEquals(List.of(2), real.check(request).files().get(0).findings().stream()
                .filter(f -> f.rule().equals("CopyIgnoredFile")).map(Finding::line).toList());
        // A Dockerfile in a directory with its own .dockerignore is built there (docker build service/).
        request = new CheckRequest(module, List.of(service.resolve("Dockerfile")), null, "none", List.of(), Map.of(), null,
                "none", Map.of(), null);
        assertEquals(List.of(2), real.check(request).files().get(0).findings().stream()
                .filter(f -> f.rule().equals("CopyIgnoredFile")).map(Finding::line).toList());
        // Dockerfile.dockerignore next to the Dockerfile wins over the context's .dockerignore.
        Files.writeString(service.resolve("Dockerfile.dockerignore"), "app.jar\n");
        assertEquals(List.of("app.jar"), real.check(request).files().get(0).findings().stream()
                .filter(f -> f.rule().equals("CopyIgnoredFile"))
                .map(f -> f.message().contains("app.jar") ? "app.jar" : f.message()).toList());
    }
}
