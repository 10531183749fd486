package dev.dockerfile.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the build knows about the module, copied out of Maven's model so the core never sees Maven
 * types. Optional facts are {@code null} when the POM does not state them.
 *
 * @param reactorModules true when the module is one of several in the current build: then a
 *     module that is not a service is skipped instead of failing the build
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
        String packaging,
        String finalName,
        String buildDirectory,
        Map<String, String> properties,
        String springBootVersion,
        String manifestMainClass,
        boolean hasModules,
        boolean reactorModules,
        String reactorDependency) {

    public ProjectInfo {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(artifactId, "artifactId");
        licenses = List.copyOf(licenses);
        properties = Map.copyOf(properties);
    }

    public String property(String key) {
        return properties.get(key);
    }
}
