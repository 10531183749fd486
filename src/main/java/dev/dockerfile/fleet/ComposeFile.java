package dev.dockerfile.fleet;

import dev.dockerfile.plan.OciLabels;
import dev.dockerfile.plan.Plan;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

/**
 * The fleet file: a Compose file whose services have {@code build:} sections. {@code docker compose
 * build} builds it, and so does {@code docker buildx bake -f compose.yaml}, in parallel; bake reads
 * Compose files natively, so one file serves both, where a {@code docker-bake.hcl} would serve
 * bake alone.
 *
 * <p>Every value is a YAML double-quoted scalar with Compose's {@code $} written {@code $$}: a
 * label or a version from the POM stays data, never YAML structure nor a variable reference.
 */
public final class ComposeFile {
    /** What the fleet file is called by default, in the reactor root's build directory. */
    public static final String NAME = "compose.yaml";

    private ComposeFile() {
    }

    /**
     * The YAML of one service, indented under {@code services:}, with its paths relative to
     * {@code composeDirectory} (Compose resolves them from the file's own directory).
     */
    public static String service(Path composeDirectory, FleetService service) {
        Path directory = composeDirectory.toAbsolutePath().normalize();
        StringBuilder out = new StringBuilder();
        out.append("  ").append(quote(service.name())).append(":\n");
        out.append("    image: ").append(quote(service.image())).append('\n');
        out.append("    build:\n");
        out.append("      context: ").append(quote(relative(directory, service.context()))).append('\n');
        out.append("      dockerfile: ").append(quote(relative(service.context(), service.dockerfile()))).append('\n');
        appendMap(out, "args", service.args());
        appendMap(out, "labels", service.labels());
        return out.toString();
    }

    /**
     * The whole file: a header naming the reactor and how to build, then the services in name order.
     *
     * @param root the reactor root's artifactId
     * @param fromRoot the fleet file's path relative to the reactor root, for the build hint
     * @param services service name to its {@link #service} text
     * @param afterPackage true when a service is built from artifacts: its image copies the jars that
     *     {@code mvn package} makes, so the hint says to run it first
     */
    public static String file(String root, String fromRoot, SortedMap<String, String> services, boolean afterPackage) {
        StringBuilder out = new StringBuilder();
        // The header is comments: a name from the POM must not end one (the Dockerfile's header does the same).
        out.append(Plan.MARKER).append(" for ").append(OciLabels.oneLine(root)).append(": every module of the reactor that got a Dockerfile.\n");
        out.append("# Do not edit: change the plugin's <configuration>, then run the build that generates the Dockerfiles.\n");
        out.append("# Build every image from the reactor root").append(afterPackage ? ", after mvn package" : "")
                .append(": docker compose -f ").append(fromRoot)
                .append(" build (or in parallel: docker buildx bake -f ").append(fromRoot).append(")\n");
        out.append("services:\n");
        services.values().forEach(out::append);
        return out.toString();
    }

    private static void appendMap(StringBuilder out, String key, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append("      ").append(key).append(":\n");
        values.forEach((name, value) -> out.append("        ").append(quote(name)).append(": ").append(quote(value))
                .append('\n'));
    }

    /** {@code to} relative to {@code from}, with forward slashes; {@code .} for the same directory. */
    static String relative(Path from, Path to) {
        String relative = from.relativize(to.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** A YAML double-quoted scalar that Compose reads back as {@code value}, {@code $} included. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '$' -> out.append("$$");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    // C0 and C1 controls, DEL, the BOM and Unicode's line breaks: YAML would read them
                    // as breaks or refuse them, so they are escaped.
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
