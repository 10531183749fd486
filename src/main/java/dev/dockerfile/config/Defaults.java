package dev.dockerfile.config;

/**
 * Every default of the plugin, stated once. The Mojos' {@code @Parameter(defaultValue = ...)} refer
 * to these constants, so {@code mvn dockerfile:help -Ddetail} and the core never disagree; the
 * core applies the same values when a caller (a test, another tool) leaves a setting unset.
 */
public final class Defaults {
    /** The port the service listens on and the image exposes. */
    public static final String PORT = "3000";
    public static final String JVM_OPTIONS = "-XX:MaxRAMPercentage=75";
    public static final String BUILD_MODE = "auto";
    /** exploded where it can be (source builds of a thin jar or Spring Boot, without CDS), else jar. */
    public static final String LAYOUT = "auto";
    /** A Maven expression: only the Mojo can evaluate it. */
    public static final String OUTPUT_DIRECTORY = "${project.build.directory}/docker";
    public static final String FALSE = "false";

    /** The non-root user: docker's own generator uses 10001 (1000 collides with ubuntu in Ubuntu 24.04). */
    public static final int UID = 10001;
    public static final String USER = "app";
    /** distroless images have no shell to create a user with, but ship this one. */
    public static final int DISTROLESS_UID = 65532;
    public static final String DISTROLESS_USER = "nonroot";

    private Defaults() {
    }
}
