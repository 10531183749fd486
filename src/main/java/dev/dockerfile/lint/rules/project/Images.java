package dev.dockerfile.lint.rules.project;

import dev.dockerfile.image.ImageReference;
import dev.dockerfile.lint.analysis.GlobalArgs;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Base image references: resolving global ARG defaults, and telling build images from runtime images. */
final class Images {
    private static final Set<String> JDK_DISTRIBUTIONS =
            Set.of("eclipse-temurin", "openjdk", "amazoncorretto", "sapmachine", "ibm-semeru-runtimes", "ibmjava");

    /** What kind of build image a reference names. */
    enum Kind {
        NONE(""),
        MAVEN("a Maven image (JDK, Maven and ~/.m2)"),
        GRADLE("a Gradle image (JDK and Gradle)"),
        JDK("a JDK image (compiler and tools)"),
        GO("a Go toolchain image"),
        RUST("a Rust toolchain image"),
        PYTHON_FULL("the full Python image (compilers and headers)"),
        COMPILER("a compiler image"),
        NODE("a Node.js image");

        final String description;

        Kind(String description) {
            this.description = description;
        }

        /** A runtime image to use instead, given the build image's tag. */
        String runtimeHint(String tag) {
            return switch (this) {
                case MAVEN, GRADLE, JDK -> "a JRE image such as `eclipse-temurin:21-jre`";
                case GO, RUST, COMPILER -> "a minimal image such as `gcr.io/distroless/static-debian12:nonroot` or"
                        + " `debian:12-slim`";
                case PYTHON_FULL -> "`python:" + pythonSlim(tag) + "`";
                case NODE -> "`npm ci --omit=dev` (or build in a builder stage and copy only the output)";
                case NONE -> "a runtime image";
            };
        }

        private static String pythonSlim(String tag) {
            Matcher m = Pattern.compile("^(\\d+(?:\\.\\d+)*)").matcher(tag);
            return (m.find() ? m.group(1) : "3.12") + "-slim";
        }
    }

    private Images() {
    }

    /**
     * The image the stage ultimately builds on: earlier stage names are followed and global ARG
     * defaults substituted. Lower case; {@code null} when a variable cannot be resolved.
     */
    static String resolvedBase(Dockerfile dockerfile, Stage stage) {
        List<Stage> chain = StageChain.chain(dockerfile, stage);
        String image = chain.get(0).image();
        String resolved = image.indexOf('$') < 0 ? image : GlobalArgs.of(dockerfile).resolve(image, dockerfile.escape());
        return resolved == null || resolved.isBlank() ? null : resolved.strip().toLowerCase(Locale.ROOT);
    }

    /** The last path component of the repository, lower case ({@code eclipse-temurin} of {@code eclipse-temurin:21}). */
    static String name(String reference) {
        return ImageReference.split(reference.toLowerCase(Locale.ROOT)).name();
    }

    /** The tag, lower case, or "" when there is none. */
    static String tag(String reference) {
        String tag = ImageReference.split(reference.toLowerCase(Locale.ROOT)).tag();
        return tag == null ? "" : tag;
    }

    static Kind kind(String reference) {
        if (reference == null) {
            return Kind.NONE;
        }
        String name = name(reference);
        String tag = tag(reference);
        switch (name) {
            case "maven":
                return Kind.MAVEN;
            case "gradle":
                return Kind.GRADLE;
            case "golang":
                return Kind.GO;
            case "rust":
                return Kind.RUST;
            case "gcc":
            case "buildpack-deps":
                return Kind.COMPILER;
            case "node":
                return Kind.NODE;
            case "python":
                return tag.contains("slim") || tag.contains("alpine") ? Kind.NONE : Kind.PYTHON_FULL;
            default:
                break;
        }
        if (tag.contains("jre") || name.contains("jre") || name.endsWith("-runtime") || tag.contains("runtime")) {
            return Kind.NONE;
        }
        if (name.contains("jdk") || tag.contains("jdk") || JDK_DISTRIBUTIONS.contains(name)) {
            return Kind.JDK;
        }
        return Kind.NONE;
    }

    /** True when the image runs as a non-root numeric user without a USER line (distroless :nonroot, Chainguard). */
    static boolean runsAsNonRootByDefault(String reference) {
        if (reference == null) {
            return false;
        }
        String tag = tag(reference);
        return reference.contains("distroless") && tag.contains("nonroot")
                || reference.startsWith("cgr.dev/chainguard/") && !tag.contains("dev");
    }
}
