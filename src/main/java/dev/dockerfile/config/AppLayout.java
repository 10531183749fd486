package dev.dockerfile.config;

import java.util.Locale;
import java.util.Optional;

/**
 * How a JVM service's own code is laid out in the image: its compiled classes as a directory
 * ({@code target/classes}, as Jib does), or the jar Maven packages. The exploded layout spares
 * every rebuild the jar, Spring Boot's repackage and the extract; the jar layout is what Class
 * Data Sharing and AOT caches need (the JVM archives only classes loaded from jars).
 */
public enum AppLayout {
    AUTO,
    EXPLODED,
    JAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppLayout> fromId(String value) {
        for (AppLayout layout : values()) {
            if (layout.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }
}
