package dev.dockerfile.maven;

import dev.dockerfile.model.ProjectInfo;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.License;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Copies what the core needs out of Maven's model, so the core never imports Maven. */
final class ProjectInfoReader {
    private static final String SPRING_BOOT_PLUGIN = "org.springframework.boot:spring-boot-maven-plugin";
    private static final String JAR_PLUGIN = "org.apache.maven.plugins:maven-jar-plugin";

    private ProjectInfoReader() {
    }

    static ProjectInfo read(MavenProject project, MavenSession session) {
        Map<String, String> properties = new HashMap<>();
        project.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        List<String> licenses = project.getLicenses().stream().map(License::getName).filter(Objects::nonNull).toList();
        Plugin boot = project.getPlugin(SPRING_BOOT_PLUGIN);
        return new ProjectInfo(
                project.getBasedir().toPath(),
                project.getGroupId(),
                project.getArtifactId(),
                project.getVersion(),
                project.getName(),
                project.getDescription(),
                project.getUrl(),
                project.getScm() == null ? null : project.getScm().getUrl(),
                project.getOrganization() == null ? null : project.getOrganization().getName(),
                licenses,
                project.getPackaging(),
                project.getBuild().getFinalName(),
                project.getBuild().getDirectory(),
                properties,
                boot == null ? null : (boot.getVersion() == null ? "" : boot.getVersion()),
                manifestMainClass(project.getPlugin(JAR_PLUGIN)),
                !project.getModules().isEmpty(),
                session != null && session.getProjects().size() > 1,
                reactorDependency(project, session));
    }

    /** {@code <archive><manifest><mainClass>} of the jar plugin, in the plugin or an execution configuration. */
    static String manifestMainClass(Plugin jar) {
        if (jar == null) {
            return null;
        }
        String main = mainClass(jar.getConfiguration());
        for (PluginExecution execution : jar.getExecutions()) {
            if (main == null) {
                main = mainClass(execution.getConfiguration());
            }
        }
        return main;
    }

    private static String mainClass(Object configuration) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return null;
        }
        Xpp3Dom archive = dom.getChild("archive");
        Xpp3Dom manifest = archive == null ? null : archive.getChild("manifest");
        Xpp3Dom main = manifest == null ? null : manifest.getChild("mainClass");
        return main == null || main.getValue() == null || main.getValue().isBlank() ? null : main.getValue().trim();
    }

    /**
     * Why Docker could not build the module from its directory alone: it needs a module of this
     * reactor, or a parent POM that was read from disk rather than from a repository.
     */
    static String reactorDependency(MavenProject project, MavenSession session) {
        if (session != null) {
            Set<String> reactor = session.getProjects().stream().filter(p -> p != project)
                    .map(p -> p.getGroupId() + ":" + p.getArtifactId()).collect(Collectors.toSet());
            for (Dependency dependency : project.getDependencies()) {
                String ga = dependency.getGroupId() + ":" + dependency.getArtifactId();
                if (reactor.contains(ga) && !"test".equals(dependency.getScope())) {
                    return "it depends on " + ga + " from this reactor";
                }
            }
        }
        MavenProject parent = project.getParent();
        File parentFile = parent == null ? null : parent.getFile();
        if (parentFile != null && !inLocalRepository(parentFile.toPath(), session)) {
            return "its parent " + parent.getGroupId() + ":" + parent.getArtifactId() + " is read from "
                    + "a file outside the module, not from a repository";
        }
        return null;
    }

    private static boolean inLocalRepository(Path file, MavenSession session) {
        if (session == null || session.getRepositorySession() == null
                || session.getRepositorySession().getLocalRepository() == null) {
            return false;
        }
        Path repository = session.getRepositorySession().getLocalRepository().getBasedir().toPath().toAbsolutePath();
        return file.toAbsolutePath().startsWith(repository);
    }
}
