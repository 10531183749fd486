package dev.dockerfile.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plugin's configuration exactly as the user gave it (unvalidated): {@code null} means "not
 * set, use the default or what is detected". {@link SettingsValidator} turns it into checked
 * values.
 */
public record Settings(
        String stack,
        String port,
        String builderImage,
        String runtimeImage,
        String user,
        String uid,
        String gid,
        String mainClass,
        String command,
        String jvmOptions,
        Map<String, String> env,
        Map<String, String> labels,
        String healthcheck,
        String buildMode,
        String layout,
        Path outputDirectory,
        Path templateDirectory,
        boolean jlink,
        boolean cds,
        boolean cacheMounts,
        String mavenArgs,
        boolean verifyInBuilder,
        String revision) {

    public Settings {
        // Sorted copies: the output must not depend on the order Maven filled a HashMap in.
        env = env == null ? Map.of() : new TreeMap<>(nullSafe(env));
        labels = labels == null ? Map.of() : new TreeMap<>(nullSafe(labels));
    }

    private static Map<String, String> nullSafe(Map<String, String> map) {
        Map<String, String> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
    }

    public static Builder builder(Path outputDirectory) {
        return new Builder(outputDirectory);
    }

    /** Fills settings one value at a time (the Mojo and the tests). */
    public static final class Builder {
        private String stack;
        private String port;
        private String builderImage;
        private String runtimeImage;
        private String user;
        private String uid;
        private String gid;
        private String mainClass;
        private String command;
        private String jvmOptions;
        private Map<String, String> env;
        private Map<String, String> labels;
        private String healthcheck;
        private String buildMode;
        private String layout;
        private Path outputDirectory;
        private Path templateDirectory;
        private boolean jlink;
        private boolean cds;
        private boolean cacheMounts;
        private String mavenArgs;
        private boolean verifyInBuilder;
        private String revision;

        private Builder(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
        }

        public Builder stack(String v) { stack = v; return this; }
        /** As written in the POM or on the command line: validated, with the plugin's message, later. */
        public Builder port(String v) { port = v; return this; }
        public Builder port(int v) { port = String.valueOf(v); return this; }
        public Builder builderImage(String v) { builderImage = v; return this; }
        public Builder runtimeImage(String v) { runtimeImage = v; return this; }
        public Builder user(String v) { user = v; return this; }
        public Builder uid(String v) { uid = v; return this; }
        public Builder uid(int v) { uid = String.valueOf(v); return this; }
        public Builder gid(String v) { gid = v; return this; }
        public Builder gid(int v) { gid = String.valueOf(v); return this; }
        public Builder mainClass(String v) { mainClass = v; return this; }
        public Builder command(String v) { command = v; return this; }
        public Builder jvmOptions(String v) { jvmOptions = v; return this; }
        public Builder env(Map<String, String> v) { env = v; return this; }
        public Builder labels(Map<String, String> v) { labels = v; return this; }
        public Builder healthcheck(String v) { healthcheck = v; return this; }
        public Builder buildMode(String v) { buildMode = v; return this; }
        public Builder layout(String v) { layout = v; return this; }
        public Builder outputDirectory(Path v) { outputDirectory = v; return this; }
        public Builder templateDirectory(Path v) { templateDirectory = v; return this; }
        public Builder jlink(boolean v) { jlink = v; return this; }
        public Builder cds(boolean v) { cds = v; return this; }
        public Builder cacheMounts(boolean v) { cacheMounts = v; return this; }
        public Builder mavenArgs(String v) { mavenArgs = v; return this; }
        public Builder verifyInBuilder(boolean v) { verifyInBuilder = v; return this; }
        public Builder revision(String v) { revision = v; return this; }

        public Settings build() {
            return new Settings(stack, port, builderImage, runtimeImage, user, uid, gid, mainClass, command,
                    jvmOptions, env, labels, healthcheck, buildMode, layout, outputDirectory, templateDirectory, jlink, cds, cacheMounts,
                    mavenArgs, verifyInBuilder, revision);
        }
    }
}
