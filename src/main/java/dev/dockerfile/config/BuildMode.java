package dev.dockerfile.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the builder stage gets the application from: compiled from source inside Docker, or the
 * artifacts Maven already built in {@code target/} (needed when the module cannot be built alone).
 */
public enum BuildMode {
    AUTO,
    SOURCE,
    ARTIFACT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BuildMode> fromId(String value) {
        for (BuildMode mode : values()) {
            if (mode.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
