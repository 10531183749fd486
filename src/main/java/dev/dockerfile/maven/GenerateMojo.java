package dev.dockerfile.maven;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.fleet.ImagePrefix;
import dev.dockerfile.generate.DockerfileGenerator;
import dev.dockerfile.generate.GenerationResult;
import dev.dockerfile.generate.Rendering;
import dev.dockerfile.io.AtomicFiles;
import dev.dockerfile.model.ProjectInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes an optimized multi-stage Dockerfile and its allow-list ignore file for this module into
 * {@code outputDirectory}, from the POM and the module's own files; at the reactor root, once every
 * module has run, the fleet file that builds them all.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractGenerationMojo {
    static final String GOAL = "generate";

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Rendering rendering;
        GenerationResult result;
        Path written = outputDirectory.toPath();
        try {
            String prefix = ImagePrefix.of(imagePrefix);
            ProjectInfo info = ProjectInfoReader.read(project, session);
            DockerfileGenerator generator = new DockerfileGenerator();
            rendering = generator.render(info, settings());
            result = generator.write(info, rendering, new MavenDependencyResolver(dependenciesResolver, project, session));
            log(result);
            FleetText fleet = reportToFleet(info, prefix, rendering);
            if (fleet != null) {
                written = fleet.file();
                writeFleet(fleet);
            }
        } catch (ConfigurationException e) {
            throw new MojoFailureException("dockerfile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dockerfile: could not write to " + written + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("dockerfile: " + e.getMessage(), e);
        }
    }

    @Override
    protected void skipped() throws MojoExecutionException, MojoFailureException {
        try {
            FleetText fleet = reportToFleet(null, null, null);
            if (fleet != null) {
                writeFleet(fleet);
            }
        } catch (ConfigurationException e) {
            throw new MojoFailureException("dockerfile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dockerfile: could not write the fleet file: " + e.getMessage(), e);
        }
    }

    private void log(GenerationResult result) {
        if (result.isSkipped()) {
            getLog().info("dockerfile: skipped " + project.getArtifactId() + ": " + result.skipReason());
            return;
        }
        result.notes().forEach(note -> getLog().info("dockerfile: " + note));
        result.warnings().forEach(warning -> getLog().warn("dockerfile: " + warning));
        Path base = project.getBasedir().toPath();
        result.written().forEach(p -> getLog().info("dockerfile: wrote " + relative(base, p)));
        result.unchanged().forEach(p -> getLog().info("dockerfile: unchanged " + relative(base, p)));
        getLog().info("dockerfile: build the image from " + base.getFileName() + "/ with: " + result.buildCommand());
    }

    private void writeFleet(FleetText fleet) throws ConfigurationException, IOException {
        DockerfileGenerator.refuseForeignFile(fleet.file(), Parameter.FLEET_FILE);
        boolean changed = AtomicFiles.writeIfChanged(fleet.file(), fleet.text().getBytes(StandardCharsets.UTF_8));
        Path root = Path.of(session.getExecutionRootDirectory());
        int services = fleet.fleet().services().size();
        getLog().info("dockerfile: " + (changed ? "wrote " : "unchanged ") + relative(root, fleet.file()) + ", the fleet"
                + " file of " + services + (services == 1 ? " service" : " services") + "; build "
                + (services == 1 ? "it" : "them all") + " with: " + (fleet.fleet().anyFromArtifacts() ? "mvn package, then " : "")
                + "docker compose -f " + relative(root, fleet.file()) + " build");
    }

    static Path relative(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(b) ? b.relativize(f) : f;
    }
}
