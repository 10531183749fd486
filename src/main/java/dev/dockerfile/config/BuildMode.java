package dev.dockerfile.config;

/**
 * Where the builder stage gets the application from: compiled from source inside Docker, or the
 * artifacts Maven already built in {@code target/} (needed when the module cannot be built alone).
 */
public enum BuildMode implements Choice {
    AUTO,
    SOURCE,
    ARTIFACT;
}
