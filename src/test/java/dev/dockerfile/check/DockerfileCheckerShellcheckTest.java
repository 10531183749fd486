package dev.dockerfile.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.lint.shellcheck.InstalledShellcheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code <shellcheck>} setting of {@code dockerfile:check}. */
class DockerfileCheckerShellcheckTest {
    @TempDir
    Path module;

    private final DockerfileChecker checker = new DockerfileChecker(DockerfileCheckerTest.RULES);

    @BeforeEach
    void files() throws Exception {
        Files.writeString(module.resolve("Dockerfile"), "FROM a:1\nRUN echo $x\n");
        Files.writeString(module.resolve("api.Dockerfile"), "FROM a:1\nRUN echo $y\n");
    }

    private CheckResult check(String shellcheck) throws Exception {
        return checker.check(new CheckRequest(module, List.of(), null, "style", List.of(), Map.of(), null, shellcheck,
                Map.of(), null));
    }

    @Test
    void shellcheckFindingsAreReportedLikeTheRules() throws Exception {
        CheckResult result = check(InstalledShellcheck.require().toString());
        assertEquals(List.of("Dockerfile:2 SC2086 info  Double quote to prevent globbing and word splitting."
                + " (https://www.shellcheck.net/wiki/SC2086)",
                "Dockerfile:2 SC2154 warning  x is referenced but not assigned. (https://www.shellcheck.net/wiki/SC2154)",
                "api.Dockerfile:2 SC2086 info  Double quote to prevent globbing and word splitting."
                        + " (https://www.shellcheck.net/wiki/SC2086)",
                "api.Dockerfile:2 SC2154 warning  y is referenced but not assigned. (https://www.shellcheck.net/wiki/SC2154)"),
                result.lines().stream().map(CheckResult.Line::text).toList());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void noneChecksWithoutIt() throws Exception {
        CheckResult result = check(" None ");
        assertEquals(List.of(), result.lines());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void aFailingShellcheckIsOneWarningAndTheCheckGoesOn() throws Exception {
        Path fake = module.resolve("fake-shellcheck");
        Files.writeString(fake, "#!/bin/sh\nexit 4\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        CheckResult result = check("./fake-shellcheck");
        assertEquals(List.of(), result.lines());
        assertEquals(List.of(new CheckResult.Note(true, "shellcheck exited with status 4; the SC findings are missing"
                + " from this check")), result.notes());
        assertEquals("2 files checked: 0 errors, 0 warnings, 0 info, 0 style (fails on style)", result.summary());
    }

    @Test
    void aMissingConfiguredProgramNamesTheParameter() {
        var e = assertThrows(ConfigurationException.class, () -> check("tools/shellcheck"));
        assertEquals(Parameter.SHELLCHECK, e.parameter());
        assertEquals("<shellcheck> (-Ddockerfile.check.shellcheck) is 'tools/shellcheck', which is not an executable"
                + " file. Give the path to shellcheck (or a program name on the PATH), or 'none' to check without it.",
                e.getMessage());
    }
}
