package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.util.List;
import java.util.Optional;

/** The Java feature release the module targets, which picks the builder and runtime image tags. */
public final class JavaRelease {
    public static final String DEFAULT = "17";

    private JavaRelease() {
    }

    /** @return the release and the reason, e.g. {@code 21} from {@code maven.compiler.release} */
    public static Detected resolve(ProjectInfo project) {
        // The compiler plugin's own configuration wins over the properties that usually feed it.
        Optional<Detected> configured = compiler(project, "release");
        if (configured.isPresent()) {
            return configured.get();
        }
        Optional<Detected> property = property(project, "maven.compiler.release");
        if (property.isPresent()) {
            return property.get();
        }
        for (String setting : List.of("target", "source")) {
            configured = compiler(project, setting);
            if (configured.isPresent()) {
                return configured.get();
            }
        }
        for (String name : List.of("java.version", "maven.compiler.target", "maven.compiler.source")) {
            property = property(project, name);
            if (property.isPresent()) {
                return property.get();
            }
        }
        return new Detected(DEFAULT, "Java " + DEFAULT + " (default: the POM sets no release, target or source"
                + " for maven-compiler-plugin)");
    }

    private static Optional<Detected> compiler(ProjectInfo project, String setting) {
        return project.plugin("org.apache.maven.plugins", "maven-compiler-plugin").stream()
                .flatMap(p -> p.configurations().stream())
                .map((ConfigNode c) -> c.text(setting).map(JavaRelease::normalise).orElse(null))
                .filter(r -> r != null).findFirst()
                .map(r -> new Detected(r, "Java " + r + " from maven-compiler-plugin's <" + setting + ">"));
    }

    private static Optional<Detected> property(ProjectInfo project, String name) {
        String value = project.property(name);
        String release = value == null ? null : normalise(value.trim());
        return release == null ? Optional.empty() : Optional.of(new Detected(release, "Java " + release + " from " + name));
    }

    /** {@code 1.8} is release 8; anything that is not a plain number is ignored. */
    static String normalise(String value) {
        String release = value.startsWith("1.") ? value.substring(2) : value;
        return release.matches("[1-9][0-9]?") ? release : null;
    }

    public record Detected(String release, String reason) {
    }
}
