package dev.dockerfile.config;

/**
 * How a JVM service's own code is laid out in the image: its compiled classes as a directory
 * ({@code target/classes}, as Jib does), or the jar Maven packages. The exploded layout spares
 * every rebuild the jar, Spring Boot's repackage and the extract; the jar layout is what Class
 * Data Sharing and AOT caches need (the JVM archives only classes loaded from jars).
 */
public enum AppLayout implements Choice {
    AUTO,
    EXPLODED,
    JAR;
}
