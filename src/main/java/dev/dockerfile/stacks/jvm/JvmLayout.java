package dev.dockerfile.stacks.jvm;

import dev.dockerfile.plan.Plan;

/** Where the JVM stacks put things: the builder's directories and the final stage's files. */
public final class JvmLayout {
    /** The builder's working directory, where Maven builds. */
    public static final String BUILDER_WORKDIR = "/build";
    /** The builder collects each layer in a directory of its own under this one. */
    public static final String BUILDER_LAYERS = "/layers";
    public static final String DEPENDENCIES = "dependencies";
    public static final String SNAPSHOT_DEPENDENCIES = "snapshot-dependencies";
    public static final String APPLICATION = "application";
    /** Under the build directory: the runtime dependencies staged for an image built from artifacts. */
    public static final String STAGED_LAYERS = "docker/layers";

    /** The dependency jars in the final stage, release and snapshot ones alike. */
    public static final String LIB = Plan.WORKDIR + "/lib";
    /** The application's classes in the final stage (the exploded layout). */
    public static final String CLASSES = Plan.WORKDIR + "/classes";
    /** The application jar in the final stage. */
    public static final String APP_JAR = Plan.WORKDIR + "/app.jar";
    /** The CDS archive a training run writes and the JVM starts with. */
    public static final String CDS_ARCHIVE = Plan.WORKDIR + "/app.jsa";

    private JvmLayout() {
    }

    /** {@code /layers/dependencies} and the like. */
    public static String builderLayer(String name) {
        return BUILDER_LAYERS + "/" + name;
    }
}
