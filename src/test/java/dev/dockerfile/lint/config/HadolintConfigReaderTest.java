package dev.dockerfile.lint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.RuleIds;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.rules.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadolintConfigReaderTest {
    private static final RuleIds IDS = new RuleIds(Rules.all());

    @TempDir
    Path dir;

    private LoadedConfig read(String name, String yaml) throws Exception {
        return HadolintConfigReader.read(Files.writeString(dir.resolve(name), yaml), IDS);
    }

    private String error(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), yaml);
        String message = assertThrows(LintConfigException.class, () -> HadolintConfigReader.read(file, IDS)).getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        return message.substring(file.toString().length() + 2);
    }

    @Test
    void readsWhatHadolintUsersWrite() throws Exception {
        LoadedConfig loaded = read(".hadolint.yaml", """
                # team defaults
                failure-threshold: error
                format: tty
                ignored:
                  - DL3008
                  - "DL3015"   # pinned elsewhere
                override:
                  error:
                    - DL3001
                  info: [DL3042, DL3059]
                trustedRegistries:
                - docker.io
                - my-registry.example.com:5000
                label-schema:
                  author: text
                  org.opencontainers.image.url: url
                strict-labels: true
                """);
        LintConfig config = loaded.config();
        assertEquals(Set.of("DL3008", "DL3015"), config.ignored());
        assertEquals(Map.of("DL3001", Severity.ERROR, "DL3042", Severity.INFO, "DL3059", Severity.INFO), config.overrides());
        assertEquals(Severity.ERROR, config.failureThreshold());
        assertEquals(Set.of("docker.io", "my-registry.example.com:5000"), config.trustedRegistries());
        assertEquals(Map.of("author", "text", "org.opencontainers.image.url", "url"), config.labelSchema());
        assertEquals(true, config.strictLabels());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void flowMapsAndAnchorsAreYamlToo() throws Exception {
        LintConfig config = read("a.yaml", """
                label-schema: {author: text, version: semver}
                ignored: &pinned [DL3008, DL3013]
                """).config();
        assertEquals(Map.of("author", "text", "version", "semver"), config.labelSchema());
        assertEquals(Set.of("DL3008", "DL3013"), config.ignored());
        assertEquals("'trustedRegistries' must be a list", error("trustedRegistries: >-\n  docker.io\n").substring(8));
        assertEquals(Set.of("DL3008"), read("b.yaml", "x: &a [DL3008]\nignored: *a\n").config().ignored());
    }

    @Test
    void noFailMeansNothingFailsAndEmptyFilesAndListsAreNothing() throws Exception {
        assertEquals(Severity.NONE, read(".hadolint.yml", "no-fail: true\nfailure-threshold: style\n").config().failureThreshold());
        assertNull(read("empty.yaml", "# nothing\n").config().failureThreshold());
        assertEquals(new LintConfig(Set.of(), Map.of(), null, Set.of(), Map.of(), false),
                read("blank.yaml", "ignored:\noverride:\nlabel-schema:\nstrict-labels: false\n").config());
    }

    @Test
    void foundInTheModuleOrAParent() throws Exception {
        Path module = Files.createDirectories(dir.resolve("fleet/service"));
        Files.writeString(dir.resolve("fleet/.hadolint.yaml"), "ignored: [DL3008]\n");
        assertEquals(dir.resolve("fleet/.hadolint.yaml"), HadolintConfigReader.find(module).orElseThrow());
        Files.writeString(module.resolve(".hadolint.yml"), "ignored: []\n");
        assertEquals(module.resolve(".hadolint.yml"), HadolintConfigReader.find(module).orElseThrow());
    }

    @Test
    void unknownIdsAreWarningsWithTheirLineAndTheNearestId() throws Exception {
        LoadedConfig loaded = read("w.yaml", "ignored:\n  - DL9999\n  - StageNameCasng\n  - SC2086\noverride:\n"
                + "  error: [DF000]\n");
        assertEquals(Set.of("DL9999", "StageNameCasng", "SC2086"), loaded.config().ignored());
        String file = dir.resolve("w.yaml").toString();
        assertEquals(List.of(
                file + ": line 2: 'ignored': DL9999 names no rule of this plugin, so it applies to nothing; did you mean DL3009?",
                file + ": line 3: 'ignored': StageNameCasng names no rule of this plugin, so it applies to nothing; did you mean"
                        + " StageNameCasing?",
                file + ": line 6: 'override.error': DF000 (a file that does not parse) is always an error and cannot be"
                        + " ignored or overridden; remove it"), loaded.warnings());
    }

    @Test
    void badFilesNameTheFileAndLineAndTheFix() throws Exception {
        assertEquals("line 2: 'override.fatal' has the level 'fatal': use error, warning, info, style or none",
                error("override:\n  fatal:\n    - DL3001\n"));
        assertEquals("line 4: could not find expected ':' (while scanning a simple key at line 3): this is not YAML;"
                + " fix the syntax there",
                error("ignored:\n  - DL3008\nnot yaml at all\n"));
        assertEquals("line 1: 'ignored' must be a list", error("ignored: DL3008\n"));
        assertEquals("line 1: the file must be a map of settings such as 'ignored:'", error("- DL3008\n"));
        assertEquals("line 1: 'override' must be a map of error/warning/info/style to lists of rule ids",
                error("override: [DL3008]\n"));
        assertEquals("line 2: label 'author' has the type 'txt': use one of email, hash, rfc3339, semver, spdx, text, url",
                error("label-schema:\n  author: txt\n"));
        assertEquals("line 1: 'strict-labels' is 'yes': use true or false", error("strict-labels: yes\n"));
        assertEquals("line 2: 'ignored' is set twice in the file: keep one", error("ignored: []\nignored: [DL3008]\n"));
        assertEquals("line 1: an item of 'ignored' must be a single value, not a list or a map",
                error("ignored: [[DL3008]]\n"));
        assertTrue(error("\"unclosed\n").startsWith("line 2: found unexpected end of stream"));
    }

    @Test
    void aliasesAndSizeAreCappedAndNoTypeIsInstantiated() throws Exception {
        StringBuilder laughs = new StringBuilder("a: &a [x, x]\n");
        for (int i = 1; i <= 30; i++) {
            laughs.append((char) ('a' + i % 26)).append(i).append(": &l").append(i).append(" [*")
                    .append(i == 1 ? "a" : "l" + (i - 1)).append(", *").append(i == 1 ? "a" : "l" + (i - 1)).append("]\n");
        }
        assertTrue(error(laughs.toString()).contains("Number of aliases for non-scalar nodes exceeds the specified max"),
                "a billion laughs stops at the alias limit");
        assertTrue(error("ignored: [" + "x, ".repeat(100_000) + "]\n").contains("exceeds the limit"));
        // A Java tag is just a tag on a node: nothing is constructed, and the value is text like any other.
        assertEquals(Set.of("DL3008"), read("t.yaml", "ignored: [!!javax.script.ScriptEngineManager DL3008]\n")
                .config().ignored());
    }
}
