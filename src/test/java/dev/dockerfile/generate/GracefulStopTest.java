package dev.dockerfile.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import dev.dockerfile.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start command keeps what makes docker stop end in SIGTERM's exit, also when the user writes it. */
class GracefulStopTest {
    @TempDir
    Path module;

    private String generate(String command) throws Exception {
        Path node = GoldenFilesTest.copy("node-app", module);
        Settings settings = Settings.builder(module.resolve("target/docker")).command(command).build();
        new DockerfileGenerator().generate(Projects.at(node).artifactId("web").packaging("pom").build(), settings,
                List::of);
        return Files.readString(module.resolve("target/docker/Dockerfile"));
    }

    @Test
    void aNodeCommandOfTheUsersGetsTheSignalPreload() throws Exception {
        String dockerfile = generate("node --enable-source-maps src/server.js");
        assertTrue(dockerfile.contains("ENTRYPOINT [\"node\", \"--import\", \"data:text/javascript,"), dockerfile);
        assertTrue(dockerfile.contains("\"--enable-source-maps\", \"src/server.js\"]"), dockerfile);
    }

    @Test
    void aCommandThatIsNotNodeIsLeftAsWritten() throws Exception {
        String dockerfile = generate("npm start");
        assertTrue(dockerfile.contains("ENTRYPOINT [\"npm\", \"start\"]"), dockerfile);
        assertFalse(dockerfile.contains("--import"), dockerfile);
    }
}
