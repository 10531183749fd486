package dev.dockerfile;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures: ProjectInfo with sensible defaults, changed one fact at a time. */
public final class Projects {
    private Path baseDir;
    private String artifactId = "demo";
    private String version = "1.0.0";
    private String name;
    private String description;
    private String url;
    private String scmUrl;
    private String vendor;
    private List<String> licenses = List.of();
    private String packaging = "jar";
    private String finalName;
    private final Map<String, String> properties = new HashMap<>();
    private final List<BuildPlugin> plugins = new ArrayList<>();
    private final Map<String, ProjectInfo.Origin> origins = new LinkedHashMap<>();
    private String groupId = "dev.example";
    private boolean hasModules;
    private boolean reactorModules;
    private String reactorDependency;

    private Projects(Path baseDir) {
        this.baseDir = baseDir;
    }

    public static Projects at(Path baseDir) {
        return new Projects(baseDir);
    }

    /** A fixture project from src/test/resources/projects. */
    public static Projects fixture(String name) {
        try {
            return at(Path.of(Projects.class.getResource("/projects/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Projects artifactId(String v) { artifactId = v; return this; }
    public Projects version(String v) { version = v; return this; }
    public Projects name(String v) { name = v; return this; }
    public Projects description(String v) { description = v; return this; }
    public Projects url(String v) { url = v; return this; }
    public Projects scmUrl(String v) { scmUrl = v; return this; }
    public Projects vendor(String v) { vendor = v; return this; }
    public Projects licenses(String... v) { licenses = List.of(v); return this; }
    public Projects packaging(String v) { packaging = v; return this; }
    public Projects finalName(String v) { finalName = v; return this; }
    public Projects property(String k, String v) { properties.put(k, v); return this; }
    public Projects groupId(String v) { groupId = v; return this; }
    public Projects springBoot(String v) {
        return plugin(new BuildPlugin("org.springframework.boot", "spring-boot-maven-plugin", v, null, List.of()));
    }
    /** A main class in the maven-jar-plugin manifest, where most plain jars declare it. */
    public Projects mainClass(String v) {
        return plugin(new BuildPlugin("org.apache.maven.plugins", "maven-jar-plugin", "3.4.2", ConfigNode.of("configuration",
                ConfigNode.of("archive", ConfigNode.of("manifest", ConfigNode.leaf("mainClass", v)))), List.of()));
    }
    public Projects plugin(BuildPlugin v) { plugins.add(v); return this; }
    /** A file of the module, e.g. a source file the planner reads. */
    public Projects file(String path, String content) {
        try {
            java.nio.file.Path file = baseDir.resolve(path);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }
    public Projects inherited(String field, String parentGroupId, String parentArtifactId, boolean inReactor) {
        origins.put(field, new ProjectInfo.Origin(parentGroupId, parentArtifactId, inReactor));
        return this;
    }
    public Projects hasModules(boolean v) { hasModules = v; return this; }
    public Projects inReactor(boolean v) { reactorModules = v; return this; }
    public Projects reactorDependency(String v) { reactorDependency = v; return this; }

    public ProjectInfo build() {
        return new ProjectInfo(baseDir, groupId, artifactId, version, name, description, url, scmUrl, vendor,
                licenses, origins, packaging, finalName == null ? artifactId + "-" + version : finalName,
                baseDir.resolve("target").toString(), properties, plugins, hasModules, reactorModules, reactorDependency);
    }
}
