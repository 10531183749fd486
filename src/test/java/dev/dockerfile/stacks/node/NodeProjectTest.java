package dev.dockerfile.stacks.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeProjectTest {
    @TempDir
    Path dir;

    private NodeProject scan(String manifest, String... files) throws Exception {
        Files.writeString(dir.resolve("package.json"), manifest);
        if (!Files.exists(dir.resolve("yarn.lock")) && !Files.exists(dir.resolve("npm-shrinkwrap.json"))) {
            Files.writeString(dir.resolve("package-lock.json"), "{}");
        }
        for (String file : files) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
        return NodeProject.scan(dir, List.of());
    }

    @Test
    void aPlainStartScriptIsTheCommandAndItsDirectoryTheApplication() throws Exception {
        NodeProject p = scan("{\"main\": \"index.js\", \"scripts\": {\"start\": \"node -r dotenv/config ./bin/www --port 3\"}}",
                "bin/www", "index.js", "routes/a.js", "views/a.pug", "test/a.test.js", "README.md", ".env",
                "jest.config.js", "pom.xml", "build.log", "config.json");
        assertEquals(List.of("node", "-r", "dotenv/config", "bin/www", "--port", "3"), p.command());
        assertEquals(List.of("bin", "config.json", "index.js", "routes", "views"), p.runtime());
        assertEquals("package-lock.json", p.lockFile());
    }

    @Test
    void mainIsUsedWhenTheStartScriptIsNotPlain() throws Exception {
        NodeProject p = scan("{\"main\": \"app.js\", \"scripts\": {\"start\": \"NODE_ENV=production node app.js && x\"}}",
                "app.js");
        assertEquals(List.of("node", "app.js"), p.command());
        assertTrue(p.notes().contains("scripts.start 'NODE_ENV=production node app.js && x' is not of the form"
                + " 'node FILE': not used"), p.notes().toString());
    }

    @Test
    void anAssignmentTheImageAlreadyMakesIsDropped() throws Exception {
        NodeProject p = scan("{\"scripts\": {\"start\": \"NODE_ENV=production node ./bin/www\"}}", "bin/www");
        assertEquals(List.of("node", "bin/www"), p.command(), "the runtime image sets NODE_ENV=production itself");
        NodeProject other = scan("{\"main\": \"app.js\", \"scripts\": {\"start\": \"DEBUG=app node app.js\"}}",
                "app.js");
        assertTrue(other.notes().contains("scripts.start 'DEBUG=app node app.js' is not of the form 'node FILE': not used"),
                other.notes().toString());
    }

    @Test
    void serverJsIsNpmStartsDefault() throws Exception {
        NodeProject p = scan("{\"main\": \"missing.js\"}", "server.js");
        assertEquals(List.of("node", "server.js"), p.command());
    }

    @Test
    void nothingToStartNamesTheParameter() {
        var e = assertThrows(ConfigurationException.class, () -> scan("{\"scripts\": {\"start\": \"nodemon\"}}", "lib/a.js"));
        assertEquals(Parameter.COMMAND, e.parameter());
    }

    @Test
    void aMissingMainIsNamedAndTheFileAnotherScriptRunsSuggested() {
        var e = assertThrows(ConfigurationException.class, () -> scan("{\"main\": \"index.js\", \"scripts\": {\"dev\":"
                + " \"nodemon -L src/index.js\"}}", "src/index.js"));
        assertEquals("<command> (-Ddockerfile.command) is not set and no start command was found: package.json has no"
                + " scripts.start of the form 'node FILE', its main index.js does not exist, and there is no server.js."
                + " Set <command> to the command that starts the service, e.g. <command>node src/index.js</command>"
                + " (src/index.js is what one of its scripts runs).", e.getMessage());
    }

    @Test
    void theFilesFieldIsWhatThePackageIs() throws Exception {
        NodeProject p = scan("{\"files\": [\"lib/\", \"*.js\", \"!x\", \"bin/**\"], \"scripts\": {\"start\": \"node bin/run.js\"}}",
                "lib/a.js", "a.js", "b.js", "a.test.js", "bin/run.js", "other/x.js");
        assertEquals(List.of("a.js", "b.js", "bin", "lib"), p.runtime());
    }

    @Test
    void aBuildShipsItsOutputAndTheAssetsAndReadsTheBuildConfiguration() throws Exception {
        NodeProject p = scan("{\"main\": \"dist/server.js\", \"scripts\": {\"build\": \"tsc\"}}",
                "src/server.ts", "public/i.html", "tsconfig.json", "vite.config.ts", "vitest.config.ts", ".babelrc");
        assertTrue(p.build());
        assertEquals(List.of("node", "dist/server.js"), p.command());
        assertEquals(List.of("dist", "public"), p.runtime());
        assertEquals(List.of(".babelrc", "public", "src", "tsconfig.json", "vite.config.ts"), p.sources());
    }

    @Test
    void aConfiguredCommandNeedsNoEntryPoint() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{}");
        Files.writeString(dir.resolve("package-lock.json"), "{}");
        NodeProject p = NodeProject.scan(dir, List.of("npm", "start"));
        assertEquals(List.of("npm", "start"), p.command());
        assertEquals("command from <command> (-Ddockerfile.command)", p.commandReason());
    }

    @Test
    void theVersionComesFromAPinThenTheRange() throws Exception {
        Files.writeString(dir.resolve(".nvmrc"), "# team pin\nv20.11.1\n");
        assertEquals("20.11.1", scan("{\"engines\": {\"node\": \">=22\"}, \"main\": \"a.js\"}", "a.js").version().tag());
        Files.delete(dir.resolve(".nvmrc"));
        assertEquals("22", scan("{\"engines\": {\"node\": \"22.x\"}, \"main\": \"a.js\"}").version().tag());
        assertEquals("24", scan("{\"main\": \"a.js\"}").version().tag());
    }

    @Test
    void yarnAndPnpmAndMissingLocksSayWhatToDo() throws Exception {
        Files.writeString(dir.resolve("yarn.lock"), "");
        var yarn = assertThrows(ConfigurationException.class, () -> scan("{\"main\": \"a.js\"}", "a.js"));
        assertTrue(yarn.getMessage().contains("has yarn.lock but no package-lock.json: the node stack installs with npm ci"),
                yarn.getMessage());
        Files.delete(dir.resolve("yarn.lock"));
        Files.writeString(dir.resolve("package.json"), "{}");
        var none = assertThrows(ConfigurationException.class, () -> NodeProject.scan(dir, List.of()));
        assertTrue(none.getMessage().endsWith("Run npm install --package-lock-only and commit package-lock.json."),
                none.getMessage());
    }

    @Test
    void brokenOrMissingManifestsFailWithTheReason() throws Exception {
        var missing = assertThrows(ConfigurationException.class, () -> NodeProject.scan(dir, List.of()));
        assertEquals(Parameter.STACK, missing.parameter());
        var broken = assertThrows(ConfigurationException.class, () -> scan("{\"main\": }"));
        assertEquals("package.json is not valid JSON (line 1: expected a value, found '}'). Fix it: npm cannot read"
                + " it either.", broken.getMessage());
        Files.write(dir.resolve("package.json"), new byte[] {'{', (byte) 0xff, '}'});
        var binary = assertThrows(ConfigurationException.class, () -> NodeProject.scan(dir, List.of()));
        assertEquals("package.json is not UTF-8 text: line 1 has the byte 0xFF (offset 1), which UTF-8 does not allow there. Save the file as UTF-8.", binary.getMessage());
    }
}
