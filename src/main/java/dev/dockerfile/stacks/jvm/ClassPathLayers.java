package dev.dockerfile.stacks.jvm;

import dev.dockerfile.plan.Copy;
import java.util.List;

/**
 * An application started with a class path, in three layers, least often changed first: the
 * release dependencies, the snapshot dependencies, and the application itself (its classes
 * directory or its thin jar). The builder's dependency step fills the first two.
 */
public final class ClassPathLayers {
    private static final String DEPENDENCIES = JvmLayout.builderLayer(JvmLayout.DEPENDENCIES);
    private static final String SNAPSHOTS = JvmLayout.builderLayer(JvmLayout.SNAPSHOT_DEPENDENCIES);

    /** {@link JvmLayout#LIB}, relative to the final stage's working directory. */
    private static final String LIB_TARGET = "./lib/";

    private ClassPathLayers() {
    }

    /**
     * The dependency step: Maven resolves what the build step's phase needs and copies the runtime
     * dependencies in one run, then the snapshots are moved to a layer of their own.
     */
    public static List<String> dependencyStep(Maven maven, String phase, List<String> packagingSkips,
            List<String> excludedArtifactIds) {
        return List.of(maven.prefetchCopyingDependencies(phase, packagingSkips, excludedArtifactIds),
                "mkdir -p " + maven.copiedDependencies() + " " + SNAPSHOTS,
                "mv " + maven.copiedDependencies() + " " + DEPENDENCIES,
                "rm -rf " + maven.buildDirectory(),
                "find " + DEPENDENCIES + " -name '*-SNAPSHOT.jar' -exec mv -t " + SNAPSHOTS + "/ {} +");
    }

    /** The final stage's copies, with the application last: {@code source} in the builder to {@code target}. */
    public static List<Copy> layers(String applicationSource, String applicationTarget) {
        return List.of(Copy.fromStage("builder", DEPENDENCIES + "/", LIB_TARGET),
                Copy.fromStage("builder", SNAPSHOTS + "/", LIB_TARGET),
                Copy.fromStage("builder", applicationSource, applicationTarget));
    }

    /** The class path of the start command: the application first, then every dependency jar. */
    public static String classPath(String application) {
        return application + ":" + JvmLayout.LIB + "/*";
    }
}
