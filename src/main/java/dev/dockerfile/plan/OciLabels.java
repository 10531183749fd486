package dev.dockerfile.plan;

import dev.dockerfile.model.ProjectInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code org.opencontainers.image.*} labels a POM can fill, without any clock. */
final class OciLabels {
    private static final String PREFIX = "org.opencontainers.image.";

    private OciLabels() {
    }

    static Map<String, String> from(ProjectInfo project, String runtimeImage) {
        Map<String, String> labels = new LinkedHashMap<>();
        put(labels, "title", project.name() != null ? project.name() : project.artifactId());
        put(labels, "description", project.description());
        put(labels, "version", project.version());
        put(labels, "url", project.url());
        put(labels, "source", project.scmUrl());
        put(labels, "vendor", project.vendor());
        put(labels, "licenses", project.licenses().isEmpty() ? null : String.join(" OR ", project.licenses()));
        put(labels, "created", created(project.property("project.build.outputTimestamp")));
        put(labels, "base.name", runtimeImage);
        return labels;
    }

    private static void put(Map<String, String> labels, String key, String value) {
        String clean = oneLine(value);
        if (clean != null && !clean.isEmpty()) {
            labels.put(PREFIX + key, clean);
        }
    }

    /**
     * POM text is often wrapped over lines; in a label it becomes one line, since these values come
     * from the project rather than from a user typing a configuration value.
     */
    static String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\p{Cntrl}\\s\\u2028\\u2029]+", " ").strip();
    }

    /** Maven's reproducible-build timestamp: ISO-8601, or seconds since the epoch; anything else is dropped. */
    static String created(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.isBlank()) {
            return null;
        }
        String value = outputTimestamp.trim();
        try {
            if (value.matches("[0-9]+")) {
                return Instant.ofEpochSecond(Long.parseLong(value)).toString();
            }
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
