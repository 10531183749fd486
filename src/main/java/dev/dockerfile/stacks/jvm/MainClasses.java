package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where real projects declare their main class, in the order this plugin believes them: the jar's
 * own manifest first (what {@code java -jar} runs), then the other packaging plugins, the run
 * plugins, and the conventional properties.
 */
public final class MainClasses {
    private static final Pattern JAVA_CLASS =
            Pattern.compile("(?:[A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*");
    /** Properties frameworks and conventions use: Micronaut 4's exec.mainClass, Spring Boot's start-class. */
    static final List<String> PROPERTIES = List.of("exec.mainClass", "mainClass", "main.class", "start-class");
    /** What the error lists as searched, in order. */
    public static final String SEARCHED = "the maven-jar-plugin and maven-assembly-plugin manifests, the"
            + " maven-shade-plugin ManifestResourceTransformer, spring-boot-maven-plugin, exec-maven-plugin,"
            + " the properties " + String.join(", ", PROPERTIES) + " and appassembler-maven-plugin";

    private MainClasses() {
    }

    /** @param source where it was declared, for the log: {@code maven-jar-plugin manifest} */
    public record Candidate(String className, String source) {
    }

    /** Every main class the POM declares, first the one to use; the same class is listed once. */
    public static List<Candidate> find(ProjectInfo project) {
        List<Candidate> found = new ArrayList<>();
        manifest(project, "maven-jar-plugin", "maven-jar-plugin manifest", found);
        manifest(project, "maven-assembly-plugin", "maven-assembly-plugin manifest", found);
        project.plugin("org.apache.maven.plugins", "maven-shade-plugin").ifPresent(shade -> {
            for (ConfigNode transformer : ShadedJar.transformers(shade)) {
                if (transformer.attributes().getOrDefault("implementation", "").endsWith("ManifestResourceTransformer")) {
                    add(found, transformer.text("mainClass"), "maven-shade-plugin ManifestResourceTransformer");
                    add(found, transformer.text("manifestEntries", "Main-Class"), "maven-shade-plugin ManifestResourceTransformer");
                }
            }
        });
        plain(project.plugin("org.springframework.boot", "spring-boot-maven-plugin"), "spring-boot-maven-plugin", found);
        plain(project.plugin("org.codehaus.mojo", "exec-maven-plugin"), "exec-maven-plugin", found);
        for (String property : PROPERTIES) {
            add(found, Optional.ofNullable(project.property(property)), "property " + property);
        }
        project.plugin("org.codehaus.mojo", "appassembler-maven-plugin").ifPresent(appassembler -> {
            for (ConfigNode configuration : appassembler.configurations()) {
                for (ConfigNode programs : configuration.children("programs")) {
                    for (ConfigNode program : programs.children("program")) {
                        add(found, program.text("mainClass"), "appassembler-maven-plugin program");
                    }
                }
            }
        });
        Set<String> seen = new LinkedHashSet<>();
        return found.stream().filter(c -> seen.add(c.className())).toList();
    }

    /** The first one, and a note when others disagree. */
    public static Optional<Candidate> first(ProjectInfo project) {
        List<Candidate> all = find(project);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** "other main classes are declared too: b.Other (exec-maven-plugin)", or empty when all sources agree. */
    public static String disagreement(List<Candidate> all) {
        if (all.size() < 2) {
            return "";
        }
        return "; other main classes are declared too: " + String.join(", ", all.subList(1, all.size()).stream()
                .map(c -> c.className() + " (" + c.source() + ")").toList()) + ". Set <mainClass> to choose.";
    }

    private static void manifest(ProjectInfo project, String artifactId, String source, List<Candidate> found) {
        project.plugin("org.apache.maven.plugins", artifactId).ifPresent(plugin -> {
            for (ConfigNode configuration : plugin.configurations()) {
                add(found, configuration.text("archive", "manifest", "mainClass"), source);
                add(found, configuration.text("archive", "manifestEntries", "Main-Class"), source);
            }
        });
    }

    private static void plain(Optional<BuildPlugin> plugin, String source, List<Candidate> found) {
        plugin.ifPresent(p -> p.configurations().forEach(c -> add(found, c.text("mainClass"), source)));
    }

    private static void add(List<Candidate> found, Optional<String> value, String source) {
        // An unresolved ${...} (a property nobody set) names no class.
        value.filter(v -> JAVA_CLASS.matcher(v).matches()).ifPresent(v -> found.add(new Candidate(v, source)));
    }
}
