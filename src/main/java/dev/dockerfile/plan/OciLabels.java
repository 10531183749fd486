package dev.dockerfile.plan;

import dev.dockerfile.model.ProjectInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code org.opencontainers.image.*} labels a POM can fill, without any clock, from the
 * project's own POMs only: a value inherited from a framework's parent (spring-boot-starter-parent's
 * description, micronaut-parent's SCM) describes the framework, not the image.
 */
public final class OciLabels {
    private static final String PREFIX = "org.opencontainers.image.";
    /** The base image's label: the final stage writes it from its ARG, so a --build-arg changes it too. */
    public static final String BASE_NAME = PREFIX + "base.name";
    /** Its value in the Dockerfile: the variable, which only this plugin writes unescaped. */
    public static final String BASE_NAME_VALUE = "\"${RUNTIME_IMAGE}\"";
    /** {@code git@github.com:o/r.git}: user@host:path, as ssh and git write it. */
    private static final Pattern SCP_LIKE = Pattern.compile("^[\\w.-]+@([\\w.-]+\\.[\\w.-]+):(?!//)(?!\\d+/)(.+)$");

    private OciLabels() {
    }

    /**
     * @param revision the source revision the pipeline passed, or {@code null}
     * @param notes where dropped or changed values are explained
     */
    public static Map<String, String> from(ProjectInfo project, String runtimeImage, String revision, List<String> notes) {
        Map<String, String> labels = new LinkedHashMap<>();
        // Parent to the fields left out because they come from it: one note per parent, not per field.
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        put(labels, "title", project.name() != null ? project.name() : project.artifactId());
        put(labels, "description", own(project, "description", project.description(), leftOut));
        put(labels, "version", project.version());
        put(labels, "url", own(project, "url", project.url(), leftOut));
        put(labels, "source", sourceUrl(own(project, "scm", project.scmUrl(), leftOut)));
        put(labels, "revision", revision);
        put(labels, "vendor", own(project, "organization", project.vendor(), leftOut));
        put(labels, "licenses", licenses(own(project, "licenses", project.licenses(), leftOut), notes));
        put(labels, "created", created(project.property("project.build.outputTimestamp")));
        put(labels, "base.name", runtimeImage);
        leftOut.forEach((parent, fields) -> notes.add(note(parent, fields)));
        return labels;
    }

    private static String note(String parent, List<String> fields) {
        boolean one = fields.size() == 1;
        return "labels: " + String.join(", ", fields) + " left out: inherited from " + parent + ", not declared by this"
                + " project (declare " + (one ? "it" : "them") + " in the POM to label the image with "
                + (one ? "it" : "them") + ")";
    }

    /** The value, unless it comes from a parent outside the reactor and outside the project's group. */
    private static <T> T own(ProjectInfo project, String field, T value, Map<String, List<String>> leftOut) {
        ProjectInfo.Origin origin = project.origins().get(field);
        if (value == null || origin == null || origin.inReactor() || sameGroup(project.groupId(), origin.groupId())) {
            return value;
        }
        leftOut.computeIfAbsent(origin.key(), k -> new ArrayList<>()).add(field);
        return null;
    }

    /** {@code com.acme.orders} belongs with {@code com.acme}; {@code org.springframework.boot} not with {@code org.springframework.samples}. */
    static boolean sameGroup(String project, String parent) {
        return project != null && parent != null && (project.equals(parent) || project.startsWith(parent + "."));
    }

    private static String licenses(List<String> names, List<String> notes) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            SpdxLicenses.id(oneLine(name)).ifPresentOrElse(id -> {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }, () -> notes.add("labels: licence '" + oneLine(name) + "' left out: no SPDX id is certain for it"));
        }
        return ids.isEmpty() ? null : String.join(" OR ", ids);
    }

    /**
     * An SCM URL as a browser opens it: {@code scm:git:git@github.com:o/r.git} and
     * {@code git://github.com/o/r} become {@code https://github.com/o/r}.
     */
    static String sourceUrl(String scm) {
        if (scm == null) {
            return null;
        }
        String url = oneLine(scm);
        if (url.startsWith("scm:")) {
            String rest = url.substring(4);
            Matcher provider = Pattern.compile("^(git|svn|hg):").matcher(rest);
            if (provider.find()) {
                url = rest.substring(provider.end());
            } else if (rest.matches("^[\\w.-]+@[\\w.-]+:.*")) {
                url = rest; // micronaut-parent's scm:git@github.com:org/repo.git/child has no provider
            } else {
                return null; // cvs, perforce and the like have no browsable URL here
            }
        }
        Matcher scp = SCP_LIKE.matcher(url);
        if (!url.contains("://") && scp.matches()) {
            url = "https://" + scp.group(1) + "/" + scp.group(2);
        }
        url = url.replaceFirst("^(git|ssh|git\\+ssh)://(?:[\\w.-]+@)?", "https://");
        url = url.replaceFirst("^https://[\\w.-]+@", "https://");
        if (url.endsWith(".git")) {
            url = url.substring(0, url.length() - 4);
        } else if (url.contains(".git/")) {
            // micronaut-parent: scm:git@github.com:micronaut-projects/micronaut-core.git/child
            url = url.substring(0, url.indexOf(".git/"));
        }
        return url.startsWith("https://") || url.startsWith("http://") ? url : null;
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
    public static String oneLine(String value) {
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
