package dev.dockerfile.stacks.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonDependenciesTest {
    @TempDir
    Path dir;

    @Test
    void requirementsWithIncludesCommentsContinuationsExtrasAndOptions() throws Exception {
        Files.createDirectories(dir.resolve("requirements"));
        Files.writeString(dir.resolve("requirements.txt"), "# web\n--index-url https://example.org/simple\n"
                + "-r requirements/base.txt\n-c constraints.txt\nUvicorn[Standard]>=0.30  # server\n"
                + "gunicorn \\\n    --hash=sha256:00\n./local-wheel.whl\n-e .\n");
        Files.writeString(dir.resolve("requirements/base.txt"), "Flask_SQLAlchemy==3.1\n-r ../requirements.txt\n"
                + "pkg @ https://example.org/pkg.zip\n");
        Files.writeString(dir.resolve("constraints.txt"), "never-declared==1\n");
        PythonDependencies deps = PythonDependencies.read(dir);
        assertEquals(List.of("requirements/base.txt", "constraints.txt"), deps.includes());
        assertTrue(deps.has("flask-sqlalchemy") && deps.has("uvicorn") && deps.has("gunicorn") && deps.has("pkg"));
        assertTrue(deps.hasExtra("uvicorn", "standard"));
        assertFalse(deps.has("never-declared"), "a constraints file declares nothing");
        assertFalse(deps.has("local-wheel"));
    }

    @Test
    void anIncludeOutsideTheModuleIsRefused() throws Exception {
        Files.writeString(dir.resolve("requirements.txt"), "-r ../shared.txt\n");
        var e = assertThrows(ConfigurationException.class, () -> PythonDependencies.read(dir));
        assertTrue(e.getMessage().contains("requirements.txt includes ../shared.txt, which is not a file inside the module"),
                e.getMessage());
    }

    @Test
    void pyprojectDependenciesOverSeveralLines() throws Exception {
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"svc\"\ndependencies = [\n"
                + "  \"fastapi[standard]>=0.110\",  # the API\n  'granian',\n]\n[tool.x]\ndependencies = [\"not-this\"]\n");
        PythonDependencies deps = PythonDependencies.read(dir);
        assertEquals(Set.of("fastapi", "granian"), deps.names().keySet());
        assertTrue(deps.hasExtra("fastapi", "standard"));
        assertEquals(List.of(), deps.poetry());
    }

    @Test
    void poetryDependenciesBecomePipRequirements() throws Exception {
        Files.writeString(dir.resolve("pyproject.toml"), "[tool.poetry.dependencies]\npython = \"^3.11\"\n"
                + "Flask = \"^3.0.2\"\ngunicorn = { version = \"~22.0\", extras = [\"gevent\"] }\n"
                + "black = { version = \"*\", optional = true }\nwaitress = \"*\"\n\n[tool.poetry.group.dev.dependencies]\n"
                + "pytest = \"^8\"\n");
        PythonDependencies deps = PythonDependencies.read(dir);
        assertEquals(List.of("Flask>=3.0.2,<4", "gunicorn[gevent]>=22.0,<22.1", "waitress"), deps.poetry());
        assertFalse(deps.has("pytest") || deps.has("black") || deps.has("python"));
    }

    @Test
    void requirementsWinOverPyproject() throws Exception {
        Files.writeString(dir.resolve("requirements.txt"), "django\n");
        Files.writeString(dir.resolve("pyproject.toml"), "[tool.poetry.dependencies]\nweird = { git = \"x\" }\n");
        assertEquals(Set.of("django"), PythonDependencies.read(dir).names().keySet());
    }

    @Test
    void normalizesAsPep503() {
        assertEquals("flask-sqlalchemy", PythonDependencies.normalize("Flask__SQLAlchemy"));
        assertEquals("zope-interface", PythonDependencies.normalize("zope.interface"));
    }
}
