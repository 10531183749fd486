package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.util.List;
import java.util.Optional;

/**
 * What to run when maven-shade-plugin builds a fat jar: never the fat jar next to its own
 * dependencies (every class twice on the class path: Micronaut fails with
 * NonUniqueBeanException). Usually the thin jar with {@code lib/}, so that the dependencies get a
 * layer of their own; the fat jar alone when its manifest carries entries the application reads
 * (Vert.x's {@code Main-Verticle}), which the thin jar lacks.
 */
public final class ShadedJar {
    /** Manifest entries the JVM itself reads; any other one set by shade is for the application. */
    private static final List<String> JVM_ENTRIES = List.of("Main-Class", "Multi-Release", "Class-Path",
            "Add-Opens", "Add-Exports", "Launcher-Agent-Class", "Enable-Native-Access");

    private ShadedJar() {
    }

    /**
     * @param jar the jar to copy, relative to the build context
     * @param fat true to run it alone with {@code java -jar}, false to run it with {@code lib/}
     */
    public record Choice(String jar, boolean fat, String reason) {
        /** The reason for the exploded layout, which runs the classes the thin jar is made of. */
        public String reason(boolean exploded, String classes) {
            return exploded && !fat ? reason.replace(runsThin("the thin " + jar),
                    runsThin("the classes of the thin jar (" + classes + ")")) : reason;
        }
    }

    /** The end of a thin jar's reason: what the image runs apart from its dependencies, and why. */
    private static String runsThin(String what) {
        return "the image runs " + what + " with its dependencies in lib/ (a layer of their own, and no class twice)";
    }

    /** Empty when shade does not run or leaves the main jar as it is and its manifest does not matter. */
    public static Optional<Choice> choose(ProjectInfo project, String buildDirectory) {
        Optional<BuildPlugin> shade = project.plugin("org.apache.maven.plugins", "maven-shade-plugin")
                .filter(p -> p.runs("shade"));
        if (shade.isEmpty()) {
            return Optional.empty();
        }
        String main = buildDirectory + "/" + project.finalName() + ".jar";
        String fat = main;
        boolean replaces = true;
        for (ConfigNode configuration : shade.get().configurations()) {
            if (configuration.text("shadedArtifactAttached").map(Boolean::parseBoolean).orElse(false)) {
                replaces = false;
                fat = buildDirectory + "/" + project.finalName() + "-"
                        + configuration.text("shadedClassifierName").orElse("shaded") + ".jar";
            }
            Optional<String> finalName = configuration.text("finalName").filter(n -> !n.equals(project.finalName()));
            if (finalName.isPresent()) {
                replaces = false;
                fat = buildDirectory + "/" + finalName.get() + ".jar";
            }
            Optional<String> outputFile = configuration.text("outputFile");
            if (outputFile.isPresent()) {
                replaces = false;
                // An absolute path once interpolated; outside the module it cannot be copied.
                fat = dev.dockerfile.plan.BuildContext.inContext(project.baseDir(), java.nio.file.Path.of(outputFile.get()));
            }
        }
        String entry = appEntry(shade.get());
        if (entry != null && fat != null) {
            return Optional.of(new Choice(fat, true, "shade: the fat jar's manifest sets " + entry + ", which the"
                    + " application reads, so the image runs " + fat + " alone (java -jar)"));
        }
        if (replaces) {
            String thin = buildDirectory + "/original-" + project.finalName() + ".jar";
            return Optional.of(new Choice(thin, false, "shade: maven-shade-plugin replaces " + main + " with a fat jar;"
                    + " " + runsThin("the thin " + thin)));
        }
        return Optional.empty();
    }

    /** The first manifest entry of a ManifestResourceTransformer that is not one the JVM reads, or null. */
    private static String appEntry(BuildPlugin shade) {
        for (ConfigNode transformer : transformers(shade)) {
            Optional<ConfigNode> entries = transformer.child("manifestEntries");
            if (entries.isPresent()) {
                for (ConfigNode e : entries.get().children()) {
                    if (!JVM_ENTRIES.contains(e.name())) {
                        return e.name();
                    }
                }
            }
        }
        return null;
    }

    /** Every {@code <transformer>} of the plugin's and its executions' configurations. */
    static List<ConfigNode> transformers(BuildPlugin shade) {
        List<ConfigNode> all = new java.util.ArrayList<>();
        for (ConfigNode configuration : shade.configurations()) {
            for (ConfigNode transformers : configuration.children("transformers")) {
                all.addAll(transformers.children("transformer"));
            }
        }
        return all;
    }
}
