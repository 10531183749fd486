package dev.dockerfile.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.FileUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** verify as Maven configures it: the same parameters as generate, a failure with a diff, no writes. */
@MojoTest
class VerifyMojoTest {

    @Inject
    MavenProject project;

    @Inject
    MavenSession session;

    @BeforeEach
    void setUpProject() throws Exception {
        project.setGroupId("dev.dockerfile.test");
        project.setArtifactId("demo");
        project.setVersion("1.0");
        project.setPackaging("pom");
        FileUtils.deleteDirectory(new File(project.getBasedir(), "target"));
        String root = project.getBasedir().getPath();
        Mockito.when(session.getExecutionRootDirectory()).thenReturn(root);
    }

    @Test
    @Basedir("/unit/python")
    @InjectMojo(goal = "verify")
    void missingThenUpToDateThenStaleAndNeverWrites(VerifyMojo verify) throws Exception {
        Path dockerfile = verify.outputDirectory.toPath().resolve("Dockerfile");
        var missing = assertThrows(MojoFailureException.class, verify::execute);
        assertTrue(missing.getMessage().contains("target/docker/Dockerfile is missing"), missing.getMessage());
        assertTrue(missing.getMessage().contains("with: mvn dockerfile:generate"), missing.getMessage());
        assertFalse(Files.exists(dockerfile));

        GenerateMojo generate = new GenerateMojo();
        copy(verify, generate);
        generate.execute();
        verify.execute();

        verify.port = "9090";
        byte[] before = Files.readAllBytes(dockerfile);
        var stale = assertThrows(MojoFailureException.class, verify::execute);
        assertTrue(stale.getMessage().contains("target/docker/Dockerfile is not what generate writes now:\n"
                + "--- a/target/docker/Dockerfile\n+++ b/target/docker/Dockerfile\n"), stale.getMessage());
        assertTrue(stale.getMessage().contains("\n-EXPOSE 8080\n+EXPOSE 9090\n"), stale.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dockerfile)));
    }

    /** The same configuration for generate: every field the two goals share. */
    private static void copy(AbstractGenerationMojo from, AbstractGenerationMojo to) throws Exception {
        for (Class<?> c = AbstractGenerationMojo.class; c != Object.class; c = c.getSuperclass()) {
            for (var field : c.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(to, field.get(from));
                }
            }
        }
        to.setLog(from.getLog());
    }
}
