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
    TEMPLATE_DIRECTORY("templateDirectory"),
    JLINK("jlink"),
    CDS("cds"),
    CACHE_MOUNTS("cacheMounts"),
    CHECK_FILES("files", "dockerfile.check.files"),
    FAIL_ON("failOn", "dockerfile.check.failOn"),
    CHECK_IGNORE("ignore", "dockerfile.check.ignore"),
    SEVERITY_OVERRIDES("severityOverrides", null);

    private final String element;
    private final String property;

    Parameter(String element) {
        this(element, "dockerfile." + element);
    }

    Parameter(String element, String property) {
        this.element = element;
        this.property = property;
    }

    public String element() {
        return element;
    }

    /** The user property, or {@code null} for map parameters, which have none. */
    public String property() {
        return property;
    }

    /** {@code <port> (-Ddockerfile.port)}: how errors refer to the parameter. */
    public String display() {
        return "<" + element + ">" + (property == null ? "" : " (-D" + property + ")");
    }
}
