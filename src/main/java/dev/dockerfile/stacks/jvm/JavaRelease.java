package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.ProjectInfo;
import java.util.List;

/** The Java feature release the module targets, which picks the builder and runtime image tags. */
public final class JavaRelease {
    public static final String DEFAULT = "17";

    private static final List<String> PROPERTIES =
            List.of("maven.compiler.release", "java.version", "maven.compiler.target");

    private JavaRelease() {
    }

    /** @return the release and the reason, e.g. {@code 21} from {@code maven.compiler.release} */
    public static Detected resolve(ProjectInfo project) {
        for (String property : PROPERTIES) {
            String value = project.property(property);
            if (value != null && !value.isBlank()) {
                String release = normalise(value.trim());
                if (release != null) {
                    return new Detected(release, "Java " + release + " from " + property);
                }
            }
        }
        return new Detected(DEFAULT, "Java " + DEFAULT + " (default: no maven.compiler.release, java.version"
                + " or maven.compiler.target)");
    }

    /** {@code 1.8} is release 8; anything that is not a plain number is ignored. */
    static String normalise(String value) {
        String release = value.startsWith("1.") ? value.substring(2) : value;
        return release.matches("[1-9][0-9]?") ? release : null;
    }

    public record Detected(String release, String reason) {
    }
}
