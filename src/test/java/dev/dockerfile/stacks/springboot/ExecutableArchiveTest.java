package dev.dockerfile.stacks.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Settings;
import dev.dockerfile.generate.DockerfileGenerator;
import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar the image runs is the one repackage made executable, wherever the POM says it goes. */
class ExecutableArchiveTest {
    @TempDir
    Path module;

    private String dockerfile(ProjectInfo project, String buildMode) throws Exception {
        return new DockerfileGenerator().render(project, Settings.builder(module.resolve("target/docker"))
                .buildMode(buildMode).layout("jar").build()).dockerfileText();
    }

    private Projects boot(String version, ConfigNode configuration, List<BuildPlugin.Execution> executions) {
        return Projects.at(module).artifactId("orders").version("1.0").finalName("orders-1.0")
                .plugin(new BuildPlugin("org.springframework.boot", "spring-boot-maven-plugin", version, configuration,
                        executions));
    }

    @Test
    void aClassifierNamesAJarOfItsOwn() throws Exception {
        ProjectInfo project = boot("3.4.0", ConfigNode.of("configuration", ConfigNode.leaf("classifier", "exec")), List.of())
                .build();
        assertTrue(dockerfile(project, "source").contains("cp target/orders-1.0-exec.jar app.jar"));
        assertTrue(dockerfile(project, "artifact").contains("COPY target/orders-1.0-exec.jar app.jar"));
    }

    @Test
    void bootTwosFinalNameInAnExecutionRenamesIt() throws Exception {
        ProjectInfo project = boot("2.0.3.RELEASE", null, List.of(new BuildPlugin.Execution("repackage", null,
                List.of("repackage"), ConfigNode.of("configuration", ConfigNode.leaf("finalName", "account-service")))))
                .build();
        String text = dockerfile(project, "artifact");
        assertTrue(text.contains("COPY target/account-service.jar ./app.jar"), text);
        assertFalse(text.contains("orders-1.0.jar"), text);
    }

    @Test
    void anExecutableWarRunsWhole() throws Exception {
        ProjectInfo project = boot("3.4.0", null, List.of()).packaging("war").build();
        String text = dockerfile(project, "source");
        assertTrue(text.contains("cp target/orders-1.0.war app.jar"), text);
        assertTrue(text.contains("ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/app.jar\"]"), text);
        assertFalse(text.contains("jarmode"), text);
    }

    @Test
    void aClassifierThatCannotBeAPathIsRefused() {
        ProjectInfo project = boot("3.4.0", ConfigNode.of("configuration", ConfigNode.leaf("classifier", "a b")), List.of())
                .build();
        var e = assertThrows(ConfigurationException.class, () -> dockerfile(project, "source"));
        assertEquals("The POM's spring-boot-maven-plugin <classifier> 'a b' has characters that cannot be used in a"
                + " Dockerfile path. Use letters, digits, '.', '_', '+' and '-'.", e.getMessage());
    }
}
