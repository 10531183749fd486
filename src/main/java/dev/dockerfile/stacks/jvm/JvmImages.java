package dev.dockerfile.stacks.jvm;

/** The public images the JVM stacks build and run on, by Java release. */
public final class JvmImages {
    /** A slim glibc image for a jlink-ed runtime (the JDKs it is linked from are glibc builds). */
    public static final String JLINK_RUNTIME = "debian:bookworm-slim";

    private JvmImages() {
    }

    public static String maven(String release) {
        return "maven:3.9-eclipse-temurin-" + release;
    }

    public static String jdk(String release) {
        return "eclipse-temurin:" + release + "-jdk";
    }

    public static String jre(String release) {
        return "eclipse-temurin:" + release + "-jre";
    }
}
