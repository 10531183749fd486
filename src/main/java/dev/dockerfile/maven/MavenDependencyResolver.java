package dev.dockerfile.maven;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.model.DependencyResolver;
import dev.dockerfile.model.RuntimeDependency;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;

/**
 * Resolves runtime dependencies only when an image is built from artifacts, so that
 * {@code mvn dockerfile:generate} never needs a packaged reactor for any other module.
 */
final class MavenDependencyResolver implements DependencyResolver {
    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime", "system");

    private final ProjectDependenciesResolver resolver;
    private final MavenProject project;
    private final MavenSession session;

    MavenDependencyResolver(ProjectDependenciesResolver resolver, MavenProject project, MavenSession session) {
        this.resolver = resolver;
        this.project = project;
        this.session = session;
    }

    @Override
    public List<RuntimeDependency> runtimeDependencies() throws ConfigurationException {
        DependencyResolutionResult result;
        try {
            result = resolver.resolve(new DefaultDependencyResolutionRequest(project, session.getRepositorySession()));
        } catch (DependencyResolutionException e) {
            throw new ConfigurationException(dev.dockerfile.config.Parameter.BUILD_MODE, "is artifact, and the runtime"
                    + " dependencies of " + project.getArtifactId() + " could not be resolved (" + e.getMessage()
                    + "). Build them first: run mvn package dockerfile:generate from the reactor root.", e);
        }
        List<RuntimeDependency> dependencies = new ArrayList<>();
        for (Dependency dependency : result.getDependencies()) {
            if (!RUNTIME_SCOPES.contains(dependency.getScope())) {
                continue;
            }
            Artifact artifact = dependency.getArtifact();
            File file = artifact.getFile();
            if (file == null || !file.isFile()) {
                throw new ConfigurationException(dev.dockerfile.config.Parameter.BUILD_MODE, "is artifact, and "
                        + artifact.getGroupId() + ":" + artifact.getArtifactId() + " is not packaged yet. Run"
                        + " mvn package dockerfile:generate (or bind the generate goal to the package phase).");
            }
            String classifier = artifact.getClassifier().isEmpty() ? "" : "-" + artifact.getClassifier();
            dependencies.add(new RuntimeDependency(file.toPath(), artifact.getArtifactId() + "-"
                    + artifact.getBaseVersion() + classifier + "." + artifact.getExtension(), artifact.isSnapshot()));
        }
        return dependencies;
    }
}
