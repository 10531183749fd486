package dev.dockerfile.config;

/**
 * A user-facing configuration parameter: the XML element and the user property, so every error
 * can name the parameter the way the user wrote it.
 */
public enum Parameter {
    STACK("stack"),
    PORT("port"),
    BUILDER_IMAGE("builderImage"),
    RUNTIME_IMAGE("runtimeImage"),
    USER("user"),
    UID("uid"),
    GID("gid"),
    MAIN_CLASS("mainClass"),
    COMMAND("command"),
    JVM_OPTIONS("jvmOptions"),
    ENV("env"),
    LABELS("labels"),
    HEALTHCHECK("healthcheck"),
    BUILD_MODE("buildMode"),
    OUTPUT_DIRECTORY("outputDirectory"),
    TEMPLATE_DIRECTORY("templateDirectory");

    private final String element;

    Parameter(String element) {
        this.element = element;
    }

    public String element() {
        return element;
    }

    public String property() {
        return "dockerfile." + element;
    }

    /** {@code <port> (-Ddockerfile.port)}: how errors refer to the parameter. */
    public String display() {
        return "<" + element + "> (-D" + property() + ")";
    }
}
