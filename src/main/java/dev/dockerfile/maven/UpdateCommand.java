package dev.dockerfile.maven;

import dev.dockerfile.render.ShellSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The command that rewrites what the drift check found stale, as the user would type it from the
 * directory the build ran in: the same module, the same profiles, the same {@code -D} options, so
 * it renders exactly what the check compared with.
 */
final class UpdateCommand {
    static final String GOAL = "dockerfile:generate";

    private UpdateCommand() {
    }

    /**
     * @param module the module whose files are stale, or {@code null} for the fleet file (the whole reactor)
     * @param fromArtifacts true when a stale module is built from artifacts: generate stages Maven's
     *     jars, so the module and the modules it needs are packaged first, in the same run
     */
    static String of(MavenSession session, MavenProject module, boolean fromArtifacts) {
        Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        List<String> words = new ArrayList<>();
        words.add(Files.isRegularFile(root.resolve("mvnw")) ? "./mvnw" : "mvn");
        if (module != null) {
            Path base = module.getBasedir().toPath().toAbsolutePath().normalize();
            if (!base.equals(root)) {
                words.add("-pl");
                words.add(base.startsWith(root) ? root.relativize(base).toString().replace('\\', '/') : base.toString());
                if (fromArtifacts) {
                    words.add("-am");
                }
            } else if (session.getProjects().size() > 1) {
                words.add("-N");
            }
        }
        if (fromArtifacts) {
            words.add("package");
        }
        // The goal itself, even where the POM binds it: then every module reports to the fleet file,
        // including those that only verify their committed files.
        words.add(GOAL);
        List<String> profiles = new ArrayList<>(session.getRequest().getActiveProfiles());
        session.getRequest().getInactiveProfiles().forEach(p -> profiles.add("!" + p));
        if (!profiles.isEmpty()) {
            words.add("-P" + String.join(",", profiles));
        }
        Map<String, String> properties = new TreeMap<>();
        session.getUserProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        properties.forEach((k, v) -> words.add("-D" + k + "=" + v));
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            line.append(line.length() == 0 ? "" : " ").append(ShellSyntax.quote(word));
        }
        return line.toString();
    }
}
