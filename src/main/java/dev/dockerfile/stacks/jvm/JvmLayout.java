package dev.dockerfile.stacks.jvm;

import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.FixedTimes;
import dev.dockerfile.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Where the JVM stacks put things: the builder's directories and the final stage's files. */
public final class JvmLayout {
    /** The builder's working directory, where Maven builds. */
    public static final String BUILDER_WORKDIR = "/build";
    /**
     * The builder collects each layer in a directory of its own under this one (the layer's root),
     * laid out at the final stage's paths ({@code /layers/dependencies/app/lib/}) with fixed times,
     * and the final stage copies each root to {@code /}: the same inputs give the same layer.
     */
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

    /** {@code /layers/dependencies} and the like: a layer's root. */
    public static String builderLayer(String name) {
        return BUILDER_LAYERS + "/" + name;
    }

    /** Where a final stage's path lies in a layer's root: {@code /layers/dependencies/app/lib}. */
    public static String inLayer(String name, String path) {
        return builderLayer(name) + path;
    }

    /** The final stage's COPY of a builder layer's root to {@code /}. */
    public static Copy copyLayer(String name) {
        return FixedTimes.copyRoot("builder", builderLayer(name));
    }

    /** A file or directory the builder made ({@code source}), to be put at {@code path} in the layer {@code layer}. */
    public record Placed(String layer, String source, String path) {
    }

    /**
     * The builder's commands that put each file or directory at its final path in its layer's root,
     * and give those roots fixed times.
     *
     * @param move {@code mv} rather than {@code cp -a}: when nothing after this step reads the sources
     */
    public static List<String> layOut(List<Placed> placed, boolean move) {
        List<String> commands = new ArrayList<>();
        commands.add("mkdir -p " + placed.stream().map(p -> inLayer(p.layer(), p.path()))
                .map(t -> t.substring(0, t.lastIndexOf('/'))).distinct().collect(Collectors.joining(" ")));
        for (Placed p : placed) {
            commands.add((move ? "mv " : "cp -a ") + p.source() + " " + inLayer(p.layer(), p.path()));
        }
        commands.add(FixedTimes.touch(placed.stream().map(p -> builderLayer(p.layer())).distinct().toList()));
        return commands;
    }

    /** {@link #layOut(List, boolean)} of one file or directory. */
    public static List<String> layOut(String layer, String source, String path, boolean move) {
        return layOut(List.of(new Placed(layer, source, path)), move);
    }
}
