package dev.dockerfile.stacks.jvm;

import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.FixedTimes;
import dev.dockerfile.plan.Plan;
import java.util.List;

/**
 * An application started with a class path, in three layers, least often changed first: the
 * release dependencies, the snapshot dependencies, and the application itself (its classes
 * directory or its thin jar). The builder's dependency step fills the first two.
 */
public final class ClassPathLayers {
    private static final String DEPENDENCIES = JvmLayout.builderLayer(JvmLayout.DEPENDENCIES);
    private static final String SNAPSHOTS = JvmLayout.builderLayer(JvmLayout.SNAPSHOT_DEPENDENCIES);
    /** Where the jars lie in the two dependency layers: at {@link JvmLayout#LIB}. */
    private static final String DEPENDENCY_JARS = JvmLayout.inLayer(JvmLayout.DEPENDENCIES, JvmLayout.LIB);
    private static final String SNAPSHOT_JARS = JvmLayout.inLayer(JvmLayout.SNAPSHOT_DEPENDENCIES, JvmLayout.LIB);

    private ClassPathLayers() {
    }

    /**
     * The dependency step: Maven resolves what the build step's phase needs and copies the runtime
     * dependencies in one run, then the snapshots are moved to a layer of their own. Both layers hold
     * the jars at their final path ({@link JvmLayout#LIB}) with fixed times.
     */
    public static List<String> dependencyStep(Maven maven, String phase, List<String> packagingSkips,
            List<String> excludedArtifactIds) {
        return List.of(maven.prefetchCopyingDependencies(phase, packagingSkips, excludedArtifactIds),
                "mkdir -p " + maven.copiedDependencies() + " " + DEPENDENCIES + Plan.WORKDIR + " " + SNAPSHOT_JARS,
                "mv " + maven.copiedDependencies() + " " + DEPENDENCY_JARS,
                "rm -rf " + maven.buildDirectory(),
                "find " + DEPENDENCIES + " -name '*-SNAPSHOT.jar' -exec mv -t " + SNAPSHOT_JARS + "/ {} +",
                FixedTimes.touch(List.of(DEPENDENCIES, SNAPSHOTS)));
    }

    /**
     * The final stage's copies of the three layers' roots to {@code /}, with the application last;
     * the build step lays the application out ({@link #applicationStep}).
     */
    public static List<Copy> layers() {
        return List.of(JvmLayout.copyLayer(JvmLayout.DEPENDENCIES), JvmLayout.copyLayer(JvmLayout.SNAPSHOT_DEPENDENCIES),
                JvmLayout.copyLayer(JvmLayout.APPLICATION));
    }

    /**
     * The build step's commands after Maven's run that copy the application (the classes directory,
     * or the jar) to its final path in the application layer, with fixed times.
     *
     * @param source relative to the builder's working directory
     * @param path the final stage's path: {@link JvmLayout#CLASSES} or {@link JvmLayout#APP_JAR}
     */
    public static List<String> applicationStep(String source, String path) {
        return JvmLayout.layOut(JvmLayout.APPLICATION, source, path, false);
    }

    /** The class path of the start command: the application first, then every dependency jar. */
    public static String classPath(String application) {
        return application + ":" + JvmLayout.LIB + "/*";
    }
}
