package dev.dockerfile.lint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadolintConfigReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatHadolintUsersWrite() throws Exception {
        Path file = Files.writeString(dir.resolve(".hadolint.yaml"), """
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
                """);
        LintConfig config = HadolintConfigReader.read(file);
        assertEquals(Set.of("DL3008", "DL3015"), config.ignored());
        assertEquals(Map.of("DL3001", Severity.ERROR, "DL3042", Severity.INFO, "DL3059", Severity.INFO), config.overrides());
        assertEquals(Severity.ERROR, config.failureThreshold());
        assertEquals(Set.of("docker.io", "my-registry.example.com:5000"), config.trustedRegistries());
        assertEquals(Severity.NONE, config.severityOf("DL3008", Severity.WARNING));
        assertEquals(Severity.WARNING, config.severityOf("DL3009", Severity.WARNING));
    }

    @Test
    void noFailMeansNothingFails() throws Exception {
        Path file = Files.writeString(dir.resolve(".hadolint.yml"), "no-fail: true\n");
        assertEquals(Severity.NONE, HadolintConfigReader.read(file).failureThreshold());
        assertNull(HadolintConfigReader.read(Files.writeString(dir.resolve("empty.yaml"), "# nothing\n")).failureThreshold());
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
    void badFilesNameTheFileAndLine() throws Exception {
        Path level = Files.writeString(dir.resolve("a.yaml"), "override:\n  fatal:\n    - DL3001\n");
        var e = assertThrows(LintConfigException.class, () -> HadolintConfigReader.read(level));
        assertEquals(level + ": 'override.fatal' has the level 'fatal': use error, warning, info, style or none",
                e.getMessage());
        Path syntax = Files.writeString(dir.resolve("b.yaml"), "ignored:\n  - DL3008\nnot yaml at all\n");
        var s = assertThrows(LintConfigException.class, () -> HadolintConfigReader.read(syntax));
        assertEquals(syntax + ": line 3: expected 'key: value', found 'not yaml at all'", s.getMessage());
        Path notList = Files.writeString(dir.resolve("c.yaml"), "ignored: DL3008\n");
        assertTrue(assertThrows(LintConfigException.class, () -> HadolintConfigReader.read(notList)).getMessage()
                .endsWith("'ignored' must be a list"));
    }

    @Test
    void miniYamlShapes() throws Exception {
        assertEquals(Map.of("a", Map.of("b", List.of("x", "y")), "c", "d: e", "f", List.of()),
                MiniYaml.parse("a:\n  b:\n    - x\n    - 'y'\nc: \"d: e\"\nf: []\n"));
        assertEquals(Map.of(), MiniYaml.parse("---\n# only comments\n"));
        assertThrows(MiniYaml.YamlException.class, () -> MiniYaml.parse("a: {b: c}\n"));
        assertThrows(MiniYaml.YamlException.class, () -> MiniYaml.parse("a: [b, c\n"));
        assertThrows(MiniYaml.YamlException.class, () -> MiniYaml.parse("- a\n- b\n"));
        assertThrows(MiniYaml.YamlException.class, () -> MiniYaml.parse("a:\n  - b\n -c\n"));
    }
}
