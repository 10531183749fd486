package dev.dockerfile.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockerfile.Projects;
import dev.dockerfile.config.Settings;
import dev.dockerfile.model.DependencyResolver;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dockerfile and its ignore file are written both or neither: one without the other builds the wrong context. */
class GeneratedPairWriteTest {
    private static final DependencyResolver NO_DEPENDENCIES = List::of;

    @TempDir
    Path module;

    @Test
    void whenTheIgnoreFileCannotBeWrittenTheOldDockerfileStays() throws Exception {
        Path out = module.resolve("target/docker");
        ProjectInfo project = Projects.at(module).artifactId("svc").mainClass("com.example.Main").build();
        Files.createDirectories(out);
        String oldDockerfile = Plan.MARKER + "\nFROM old:1\n";
        Files.writeString(out.resolve("Dockerfile"), oldDockerfile);
        Files.writeString(out.resolve("Dockerfile.dockerignore"), Plan.MARKER + "\n*\n");
        // Stands for any failure of the second file: a left-over temporary name that cannot be removed.
        Path stuck = Files.createDirectories(out.resolve(".Dockerfile.dockerignore.stuck.dockerfile-plugin.tmp"));
        Files.writeString(stuck.resolve("inside"), "");

        assertThrows(IOException.class, () -> new DockerfileGenerator().generate(project,
                Settings.builder(out).build(), NO_DEPENDENCIES));
        assertEquals(oldDockerfile, Files.readString(out.resolve("Dockerfile")), "not the new Dockerfile beside the"
                + " old ignore file");
        try (var files = Files.list(out)) {
            assertEquals(List.of(".Dockerfile.dockerignore.stuck.dockerfile-plugin.tmp", "Dockerfile",
                    "Dockerfile.dockerignore"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
