package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ProjectInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Plugins that check a build but add nothing to what runs (style, licences, coverage, static
 * analysis, git metadata), and the property that skips each. In the image's builder they only cost
 * time, and many read what the build context rightly leaves out ({@code .git}, files outside
 * {@code src/main}); their verdict belongs to the project's own build.
 */
public final class Verifiers {
    /** artifactId → the user property that skips it. */
    private static final Map<String, List<String>> SKIPS = new LinkedHashMap<>();

    static {
        SKIPS.put("maven-checkstyle-plugin", List.of("checkstyle.skip"));
        SKIPS.put("maven-enforcer-plugin", List.of("enforcer.skip"));
        SKIPS.put("jacoco-maven-plugin", List.of("jacoco.skip"));
        SKIPS.put("spotless-maven-plugin", List.of("spotless.skip"));
        SKIPS.put("maven-pmd-plugin", List.of("pmd.skip", "cpd.skip"));
        SKIPS.put("spotbugs-maven-plugin", List.of("spotbugs.skip"));
        SKIPS.put("git-commit-id-maven-plugin", List.of("maven.gitcommitid.skip"));
        SKIPS.put("git-commit-id-plugin", List.of("maven.gitcommitid.skip"));
        SKIPS.put("spring-javaformat-maven-plugin", List.of("spring-javaformat.skip"));
        SKIPS.put("license-maven-plugin", List.of("license.skip"));
        SKIPS.put("apache-rat-plugin", List.of("rat.skip"));
        SKIPS.put("animal-sniffer-maven-plugin", List.of("animal.sniffer.skip"));
        SKIPS.put("forbiddenapis", List.of("forbiddenapis.skip"));
        SKIPS.put("formatter-maven-plugin", List.of("formatter.skip"));
        SKIPS.put("impsort-maven-plugin", List.of("impsort.skip"));
        SKIPS.put("sortpom-maven-plugin", List.of("sort.skip"));
        SKIPS.put("modernizer-maven-plugin", List.of("modernizer.skip"));
        SKIPS.put("maven-javadoc-plugin", List.of("maven.javadoc.skip"));
        SKIPS.put("maven-source-plugin", List.of("maven.source.skip"));
        SKIPS.put("japicmp-maven-plugin", List.of("japicmp.skip"));
        SKIPS.put("revapi-maven-plugin", List.of("revapi.skip"));
        SKIPS.put("duplicate-finder-maven-plugin", List.of("duplicate-finder.skip"));
    }

    private Verifiers() {
    }

    /** The sorted {@code -Dx.skip=true} flags for the verifiers this build has; none when it has none. */
    public static List<String> skipFlags(ProjectInfo project) {
        TreeSet<String> flags = new TreeSet<>();
        for (BuildPlugin plugin : project.plugins()) {
            SKIPS.getOrDefault(plugin.artifactId(), List.of()).forEach(p -> flags.add("-D" + p + "=true"));
        }
        return List.copyOf(flags);
    }

    /** The verifiers this build has, by artifactId, for the log. */
    public static List<String> present(ProjectInfo project) {
        return project.plugins().stream().map(BuildPlugin::artifactId).filter(SKIPS::containsKey).distinct().sorted()
                .toList();
    }
}
