package dev.dockerfile.stacks.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockerfile.Projects;
import dev.dockerfile.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonProjectTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return Projects.fixture(name).build().baseDir();
    }

    @Test
    void appMainLayoutCopiesOnlyApplicationCode() throws Exception {
        PythonProject p = PythonProject.scan(fixture("python-app"), List.of(), 3000);
        assertEquals("requirements.txt", p.manifest());
        assertEquals(List.of("app"), p.packages());
        assertEquals(List.of("util.py"), p.modules(), "no setup.py, conftest.py, tests, docs or non-identifiers");
        assertEquals(List.of("python", "-m", "app.main"), p.command());
        assertEquals("command python -m app.main: app/main.py exists", p.commandReason());
        assertEquals("3.12", p.pythonVersion());
    }

    @Test
    void srcLayoutWithMainModuleAndPythonVersionFile() throws Exception {
        PythonProject p = PythonProject.scan(fixture("python-src"), List.of(), 3000);
        assertEquals(List.of("src/shop"), p.packages());
        assertEquals(List.of("python", "-m", "shop"), p.command());
        assertEquals("3.11", p.pythonVersion());
        assertEquals("Python 3.11 from .python-version", p.versionReason());
    }

    @Test
    void projectScriptsFromPyproject() throws Exception {
        PythonProject p = PythonProject.scan(fixture("python-pyproject"), List.of(), 3000);
        assertEquals("pyproject.toml", p.manifest());
        assertEquals(List.of("python", "-c", "import sys; from svc.cli import main; sys.exit(main())"), p.command());
        assertEquals("command svc.cli:main from [project.scripts] in pyproject.toml", p.commandReason());
    }

    @Test
    void topLevelScriptsAreFound() throws Exception {
        Files.writeString(dir.resolve("requirements.txt"), "");
        Files.writeString(dir.resolve("app.py"), "");
        assertEquals(List.of("python", "app.py"), PythonProject.scan(dir, List.of(), 3000).command());
        Files.writeString(dir.resolve("main.py"), "");
        assertEquals(List.of("python", "main.py"), PythonProject.scan(dir, List.of(), 3000).command());
    }

    @Test
    void configuredCommandWins() throws Exception {
        PythonProject p = PythonProject.scan(fixture("python-noentry"), List.of("gunicorn", "lib:app"), 3000);
        assertEquals(List.of("gunicorn", "lib:app"), p.command());
        assertEquals("command from <command> (-Ddockerfile.command)", p.commandReason());
    }

    @Test
    void noEntryPointNamesTheCommandParameter() {
        var e = assertThrows(ConfigurationException.class, () -> PythonProject.scan(fixture("python-noentry"), List.of(), 3000));
        assertEquals("<command> (-Ddockerfile.command) is not set and no entry point was found: no Procfile web line,"
                + " no manage.py, no web framework among the dependencies, and none of app/main.py,"
                + " <package>/__main__.py, main.py, app.py, server.py or [project.scripts] in pyproject.toml. Set <command>"
                + " to the command that starts the service, e.g. <command>python -m myservice</command>.", e.getMessage());
    }

    @Test
    void noManifestFails() {
        var e = assertThrows(ConfigurationException.class, () -> PythonProject.scan(dir, List.of(), 3000));
        assertEquals("<stack> (-Ddockerfile.stack) is python, but " + dir.getFileName() + " has neither requirements.txt"
                + " nor pyproject.toml. Add one (an empty requirements.txt is fine) or choose another stack.", e.getMessage());
    }

    @Test
    void projectScriptsIgnoresOtherTables() throws Exception {
        Path toml = Files.writeString(dir.resolve("pyproject.toml"),
                "[tool.x]\nrun = \"a.b:c\"\n[project.scripts]\n# comment\n\"my-cli\" = 'pkg.cli:run'\n");
        assertEquals(List.of("pkg.cli", "run"), PythonProject.projectScript(toml));
        assertEquals(List.of(), PythonProject.projectScript(dir.resolve("missing.toml")));
    }

    @Test
    void aPyprojectThatIsNotUtf8NamesItselfAndTheLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path pyproject = dir.resolve("pyproject.toml");
        Files.write(pyproject, "[project]\nname = \"caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.dockerfile.config.ConfigurationException.class,
                () -> PythonProject.projectScript(pyproject));
        org.junit.jupiter.api.Assertions.assertEquals("pyproject.toml is not UTF-8 text: line 2 has the byte 0xE9"
                + " (offset 21), which UTF-8 does not allow there. Save the file as UTF-8.", e.getMessage());
    }
}
