package dev.dockerfile.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the build knows about the module, copied out of Maven's model so the core never sees Maven
 * types. Optional facts are {@code null} when the POM does not state them.
 *
 * @param origins for the values the module inherits rather than declares ({@code description},
 *     {@code url}, {@code scm}, {@code organization}, {@code licenses}): the POM that declares them
 * @param plugins the effective build plugins
 * @param reactorModules true when the module is one of several in the current build
 * @param reactorDependency why the module cannot be built alone from its directory (a dependency
 *     or parent that only exists in this reactor), or {@code null}
 */
public record ProjectInfo(
        Path baseDir,
        String groupId,
        String artifactId,
        String version,
        String name,
        String description,
        String url,
        String scmUrl,
        String vendor,
        List<String> licenses,
        Map<String, Origin> origins,
        String packaging,
        String finalName,
        String buildDirectory,
        Map<String, String> properties,
        List<BuildPlugin> plugins,
        boolean hasModules,
        boolean reactorModules,
        String reactorDependency) {

    public ProjectInfo {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(artifactId, "artifactId");
        licenses = List.copyOf(licenses);
        origins = Map.copyOf(origins);
        properties = Map.copyOf(properties);
        plugins = List.copyOf(plugins);
    }

    /**
     * The parent POM a value was inherited from.
     *
     * @param inReactor true when that POM is part of the current build (the project's own parent)
     */
    public record Origin(String groupId, String artifactId, boolean inReactor) {
        public String key() {
            return groupId + ":" + artifactId;
        }
    }

    public String property(String key) {
        return properties.get(key);
    }

    public Optional<BuildPlugin> plugin(String groupId, String artifactId) {
        return plugins.stream().filter(p -> p.groupId().equals(groupId) && p.artifactId().equals(artifactId))
                .findFirst();
    }

    /** A plugin by artifactId whatever its groupId (Quarkus moved its plugin between groups). */
    public Optional<BuildPlugin> plugin(String artifactId) {
        return plugins.stream().filter(p -> p.artifactId().equals(artifactId)).findFirst();
    }

    public String packagingOrJar() {
        return packaging == null ? "jar" : packaging;
    }
}
