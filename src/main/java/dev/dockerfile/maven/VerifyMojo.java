package dev.dockerfile.maven;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.drift.Drift;
import dev.dockerfile.drift.DriftCheck;
import dev.dockerfile.fleet.ImagePrefix;
import dev.dockerfile.generate.DockerfileGenerator;
import dev.dockerfile.generate.Rendering;
import dev.dockerfile.model.ProjectInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails when the committed Dockerfile, its ignore file or the fleet file differ from what
 * {@code generate} would write now, printing a unified diff and the command that updates them.
 * Reads the same configuration as {@code generate} and never writes a file.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractGenerationMojo {
    static final String GOAL = "verify";

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        try {
            String prefix = ImagePrefix.of(imagePrefix);
            ProjectInfo info = ProjectInfoReader.read(project, session);
            Rendering rendering = new DockerfileGenerator().render(info, settings());
            Path root = Path.of(session.getExecutionRootDirectory());
            List<String> failures = new ArrayList<>();
            if (rendering.isSkipped()) {
                getLog().info("dockerfile: skipped " + project.getArtifactId() + ": " + rendering.skipReason());
            } else {
                List<Drift> drifts = DriftCheck.compare(rendering.files(), root);
                if (drifts.isEmpty()) {
                    rendering.files().keySet().forEach(file -> getLog().info("dockerfile: up to date "
                            + DriftCheck.name(root, file)));
                } else {
                    failures.add(describe(drifts, root, UpdateCommand.of(session, project, rendering.fromArtifacts())));
                }
            }
            failures.addAll(checkFleet(reportToFleet(info, prefix, rendering), root));
            if (!failures.isEmpty()) {
                throw new MojoFailureException("dockerfile: " + String.join("\n", failures));
            }
        } catch (ConfigurationException e) {
            throw new MojoFailureException("dockerfile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dockerfile: could not read " + outputDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("dockerfile: " + e.getMessage(), e);
        }
    }

    @Override
    protected void skipped() throws MojoExecutionException, MojoFailureException {
        try {
            List<String> failures = checkFleet(reportToFleet(null, null, null), Path.of(session.getExecutionRootDirectory()));
            if (!failures.isEmpty()) {
                throw new MojoFailureException("dockerfile: " + String.join("\n", failures));
            }
        } catch (ConfigurationException e) {
            throw new MojoFailureException("dockerfile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dockerfile: could not read the fleet file: " + e.getMessage(), e);
        }
    }

    /** The fleet file, compared once the last module has reported: empty when it is up to date. */
    private List<String> checkFleet(FleetText fleet, Path root) throws ConfigurationException, IOException {
        if (fleet == null) {
            return List.of();
        }
        DockerfileGenerator.refuseForeignFile(fleet.file(), Parameter.FLEET_FILE);
        List<Drift> drifts = DriftCheck.compare(Map.of(fleet.file(), fleet.text()), root);
        if (drifts.isEmpty()) {
            getLog().info("dockerfile: up to date " + DriftCheck.name(root, fleet.file()));
            return List.of();
        }
        return List.of(describe(drifts, root, UpdateCommand.of(session, null, fleet.fleet().anyFromArtifacts())));
    }

    private static String describe(List<Drift> drifts, Path root, String command) {
        StringBuilder out = new StringBuilder();
        for (Drift drift : drifts) {
            String name = DriftCheck.name(root, drift.file());
            if (drift.missing()) {
                out.append(name).append(" is missing: it was never generated, or was deleted.\n");
            } else {
                out.append(name).append(" is not what generate writes now:\n").append(drift.diff());
            }
        }
        Path base = root.toAbsolutePath().normalize();
        return out.append("Update ").append(drifts.size() == 1 ? "it" : "them").append(" from ")
                .append(base.getFileName() == null ? base : base.getFileName()).append("/ with: ").append(command)
                .append("\nthen review and commit the change.").toString();
    }
}
