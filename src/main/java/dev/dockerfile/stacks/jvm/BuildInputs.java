package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.BuildContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * What a Maven build reads besides {@code pom.xml} and {@code src/}: files the POM's plugin
 * configuration names inside the module (a checkstyle configuration, a licence header, a front-end
 * directory), and known build-time files such as {@code lombok.config}. Tests, VCS data and the
 * build directory stay out.
 */
public final class BuildInputs {
    /** Read by the compiler (Lombok) although no POM names it. */
    private static final List<String> CONVENTIONAL = List.of("lombok.config");
    private static final List<String> NEVER = List.of(".git", ".idea", ".vscode", "node_modules", "src");

    private BuildInputs() {
    }

    /**
     * Paths relative to the module, sorted, each an existing file or directory outside {@code src/}
     * (which is copied whole) that a COPY line can name.
     */
    public static List<String> referenced(ProjectInfo project, String buildDirectory) {
        Path base = project.baseDir().toAbsolutePath().normalize();
        TreeSet<String> paths = new TreeSet<>();
        for (BuildPlugin plugin : project.plugins()) {
            for (ConfigNode configuration : plugin.configurations()) {
                for (String text : configuration.texts()) {
                    for (String candidate : text.split("[,\\n]")) {
                        add(base, candidate.trim(), buildDirectory, paths);
                    }
                }
            }
        }
        for (String file : CONVENTIONAL) {
            add(base, file, buildDirectory, paths);
        }
        return List.copyOf(paths);
    }

    private static void add(Path base, String value, String buildDirectory, TreeSet<String> paths) {
        if (value.isEmpty() || value.contains("${") || value.contains("://") || value.length() > 300) {
            return;
        }
        Path resolved;
        try {
            resolved = base.resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return;
        }
        if (!resolved.startsWith(base) || resolved.equals(base) || !Files.exists(resolved)) {
            return;
        }
        String relative = base.relativize(resolved).toString().replace('\\', '/');
        String top = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
        if (NEVER.contains(top) || relative.equals("pom.xml") || top.equals(".mvn") || top.equals("mvnw")
                || relative.equals(buildDirectory) || relative.startsWith(buildDirectory + "/")
                || !BuildContext.isSafe(relative)) {
            return;
        }
        // A directory the POM names is taken whole: only its contents tell what is read.
        paths.removeIf(p -> p.startsWith(relative + "/"));
        if (paths.stream().noneMatch(p -> relative.startsWith(p + "/"))) {
            paths.add(relative);
        }
    }
}
