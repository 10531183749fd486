package dev.dockerfile.stacks.jvm;

import java.util.List;

/** How the builder stage calls Maven. */
public final class Maven {
    /** Pinned so the builder's dependency step is the same on every machine. */
    public static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.11.0";
    public static final String FLAGS = "--batch-mode --no-transfer-progress";
    private static final String CACHE_MOUNT = "--mount=type=cache,target=/root/.m2 ";

    private final boolean cacheMounts;

    public Maven(boolean cacheMounts) {
        this.cacheMounts = cacheMounts;
    }

    /** {@code mvn <flags> <arguments>}. */
    public String command(String arguments) {
        return "mvn " + FLAGS + " " + arguments;
    }

    /** The arguments of a RUN instruction that starts with Maven: the cache mount goes before the command. */
    public String run(List<String> chained) {
        return (cacheMounts ? CACHE_MOUNT : "") + dev.dockerfile.render.ShellSyntax.chain(chained);
    }

    /** Resolves the plugins and dependencies from the POM alone, so that the layer outlives source edits. */
    public String goOffline() {
        return command(DEPENDENCY_PLUGIN + ":go-offline -DexcludeGroupIds=dev.dockerfile");
    }

    public String packageSkippingTests() {
        return command("package -DskipTests");
    }
}
