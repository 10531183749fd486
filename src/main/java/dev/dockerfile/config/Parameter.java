package dev.dockerfile.config;

/**
 * A user-facing configuration parameter: the XML element, the user property and the default the
 * Mojo declares, so every error can name the parameter the way the user wrote it. A test holds this
 * list against the generated {@code plugin.xml}.
 */
public enum Parameter {
    STACK("stack"),
    PORT("port", Defaults.PORT),
    BUILDER_IMAGE("builderImage"),
    RUNTIME_IMAGE("runtimeImage"),
    USER("user"),
    UID("uid"),
    GID("gid"),
    MAIN_CLASS("mainClass"),
    COMMAND("command"),
    JVM_OPTIONS("jvmOptions", Defaults.JVM_OPTIONS),
    ENV("env", null, null),
    LABELS("labels", null, null),
    HEALTHCHECK("healthcheck"),
    BUILD_MODE("buildMode", Defaults.BUILD_MODE),
    LAYOUT("layout", Defaults.LAYOUT),
    OUTPUT_DIRECTORY("outputDirectory", Defaults.OUTPUT_DIRECTORY),
    TEMPLATE_DIRECTORY("templateDirectory"),
    JLINK("jlink", Defaults.FALSE),
    CDS("cds", Defaults.FALSE),
    CACHE_MOUNTS("cacheMounts", Defaults.FALSE),
    MAVEN_ARGS("mavenArgs"),
    VERIFY_IN_BUILDER("verifyInBuilder", Defaults.FALSE),
    REVISION("revision"),
    IMAGE_PREFIX("imagePrefix"),
    FLEET_FILE("fleetFile"),
    SKIP("skip", Defaults.FALSE),
    CHECK_FILES("files", "dockerfile.check.files", null),
    FAIL_ON("failOn", "dockerfile.check.failOn", null),
    CHECK_IGNORE("ignore", "dockerfile.check.ignore", null),
    SEVERITY_OVERRIDES("severityOverrides", null, null),
    SHELLCHECK("shellcheck", "dockerfile.check.shellcheck", null),
    LABEL_SCHEMA("labelSchema", null, null),
    STRICT_LABELS("strictLabels", "dockerfile.check.strictLabels", null),
    SKIP_CHECK("skipCheck", "dockerfile.check.skip", Defaults.FALSE);

    private final String element;
    private final String property;
    private final String defaultValue;

    Parameter(String element) {
        this(element, "dockerfile." + element, null);
    }

    Parameter(String element, String defaultValue) {
        this(element, "dockerfile." + element, defaultValue);
    }

    Parameter(String element, String property, String defaultValue) {
        this.element = element;
        this.property = property;
        this.defaultValue = defaultValue;
    }

    public String element() {
        return element;
    }

    /** The user property, or {@code null} for map parameters, which have none. */
    public String property() {
        return property;
    }

    /** The default the Mojo declares, or {@code null} when the value is detected or optional. */
    public String defaultValue() {
        return defaultValue;
    }

    /** {@code <port> (-Ddockerfile.port)}: how errors refer to the parameter. */
    public String display() {
        return "<" + element + ">" + (property == null ? "" : " (-D" + property + ")");
    }
}
