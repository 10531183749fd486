package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.util.Optional;

/**
 * maven-shade-plugin replaces {@code target/<finalName>.jar} with a fat jar and keeps the thin one
 * as {@code original-<finalName>.jar}, unless the shaded jar is attached or named otherwise. The
 * image runs the thin jar with its dependencies in {@code lib/}: the dependencies get a layer of
 * their own, and no class is on the class path twice (Micronaut fails on that with
 * NonUniqueBeanException).
 */
public final class ShadedJar {
    private ShadedJar() {
    }

    /** The thin jar, relative to the context, when shade replaces the main jar; empty otherwise. */
    public static Optional<String> thinJar(ProjectInfo project, String buildDirectory) {
        Optional<BuildPlugin> shade = project.plugin("org.apache.maven.plugins", "maven-shade-plugin")
                .filter(p -> p.runs("shade"));
        if (shade.isEmpty()) {
            return Optional.empty();
        }
        for (ConfigNode configuration : shade.get().configurations()) {
            boolean attached = configuration.text("shadedArtifactAttached").map(Boolean::parseBoolean).orElse(false);
            boolean renamed = configuration.text("finalName").filter(n -> !n.equals(project.finalName())).isPresent()
                    || configuration.text("outputFile").isPresent();
            if (attached || renamed) {
                return Optional.empty();
            }
        }
        return Optional.of(buildDirectory + "/original-" + project.finalName() + ".jar");
    }
}
