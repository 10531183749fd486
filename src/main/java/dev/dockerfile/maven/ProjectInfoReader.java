package dev.dockerfile.maven;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Copies what the core needs out of Maven's model, so the core never imports Maven. */
final class ProjectInfoReader {
    private ProjectInfoReader() {
    }

    static ProjectInfo read(MavenProject project, MavenSession session) {
        Map<String, String> properties = new HashMap<>();
        project.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        List<String> licenses = project.getLicenses().stream().map(License::getName).filter(Objects::nonNull).toList();
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
                origins(project, session),
                project.getPackaging(),
                project.getBuild().getFinalName(),
                project.getBuild().getDirectory(),
                properties,
                plugins(project),
                !project.getModules().isEmpty(),
                session != null && session.getProjects().size() > 1,
                reactorDependency(project, session));
    }

    static List<BuildPlugin> plugins(MavenProject project) {
        List<BuildPlugin> plugins = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            List<BuildPlugin.Execution> executions = new ArrayList<>();
            for (PluginExecution execution : plugin.getExecutions()) {
                executions.add(new BuildPlugin.Execution(execution.getId(), execution.getPhase(), execution.getGoals(),
                        node(execution.getConfiguration())));
            }
            plugins.add(new BuildPlugin(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(),
                    node(plugin.getConfiguration()), executions));
        }
        return plugins;
    }

    static ConfigNode node(Object configuration) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return null;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String attribute : dom.getAttributeNames()) {
            attributes.put(attribute, dom.getAttribute(attribute));
        }
        List<ConfigNode> children = new ArrayList<>();
        for (Xpp3Dom child : dom.getChildren()) {
            children.add(node(child));
        }
        return new ConfigNode(dom.getName(), dom.getValue(), attributes, children);
    }

    /**
     * For each value the module inherits instead of declaring it, the parent POM that declares it:
     * framework parents (spring-boot-starter-parent, micronaut-parent) declare their own.
     */
    static Map<String, ProjectInfo.Origin> origins(MavenProject project, MavenSession session) {
        Map<String, Predicate<Model>> declares = new LinkedHashMap<>();
        declares.put("description", m -> m.getDescription() != null);
        declares.put("url", m -> m.getUrl() != null);
        declares.put("scm", m -> m.getScm() != null && m.getScm().getUrl() != null);
        declares.put("organization", m -> m.getOrganization() != null && m.getOrganization().getName() != null);
        declares.put("licenses", m -> !m.getLicenses().isEmpty());
        Set<String> reactor = session == null ? Set.of() : session.getProjects().stream()
                .map(p -> p.getGroupId() + ":" + p.getArtifactId()).collect(Collectors.toSet());
        Map<String, ProjectInfo.Origin> origins = new LinkedHashMap<>();
        declares.forEach((field, declared) -> {
            if (project.getOriginalModel() == null || declared.test(project.getOriginalModel())) {
                return;
            }
            for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
                if (parent.getOriginalModel() != null && declared.test(parent.getOriginalModel())) {
                    String key = parent.getGroupId() + ":" + parent.getArtifactId();
                    origins.put(field, new ProjectInfo.Origin(parent.getGroupId(), parent.getArtifactId(),
                            reactor.contains(key)));
                    return;
                }
            }
        });
        return origins;
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
