package dev.dockerfile.stacks.jvm;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.BuildMode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.PlanContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The decisions every JVM stack makes the same way: the Java release, where the application comes
 * from (source or Maven's artifacts), the jar Maven builds, and what the builder copies and runs.
 *
 * @param jar the jar Maven builds, relative to the build context ({@code target/orders-1.0.jar})
 * @param maven how the builder runs Maven, or {@code null} in artifact mode
 * @param buildInputs what the build reads besides pom.xml and src/ ({@link BuildInputs}), empty in artifact mode
 */
public record JvmBasics(String release, BuildMode mode, String jar, Maven maven, List<String> buildInputs) {
    /** Under {@code src/}, what is not part of the build: tests, integration tests, the site's docs. */
    private static final List<String> NOT_BUILT = List.of("src/test", "src/it", "src/site");

    public static JvmBasics of(PlanContext context) throws ConfigurationException {
        ProjectInfo project = context.project();
        JavaRelease.Detected release = JavaRelease.resolve(project);
        context.note(release.reason());
        BuildMode mode = effectiveMode(context);
        String jar = context.context().buildDirectory() + "/" + safeFileName(project.finalName()) + extension(project);
        boolean source = mode == BuildMode.SOURCE;
        return new JvmBasics(release.release(), mode, jar, source ? new Maven(context) : null,
                source ? BuildInputs.referenced(project, context.context().buildDirectory()) : List.of());
    }

    /** The log line that says how the image gets the application, and why. */
    public void noteMode(PlanContext context) {
        String reason = "";
        if (mode == BuildMode.ARTIFACT) {
            String needs = context.project().reactorDependency();
            reason = needs == null ? " (set by <buildMode>)" : " (" + needs + ", so the image takes what Maven built in "
                    + context.context().buildDirectory() + "/; run mvn package before docker build)";
        }
        context.note("build mode " + mode.id() + reason);
    }

    public boolean fromSource() {
        return mode == BuildMode.SOURCE;
    }

    /** The builder's default image: Maven's, or a JDK when the project brings its own Maven (the wrapper). */
    public String builderImage() {
        return maven != null && maven.wrapper() ? JvmImages.jdk(release) : JvmImages.maven(release);
    }

    /**
     * The Maven build of the builder stage: the manifests, the dependency step, the sources (all of
     * {@code src/} but tests and docs, and what the POM's plugins read), the build step.
     *
     * @param dependencyStep the dependency step's commands, Maven's run first ({@link Maven#prefetch} and the like)
     * @param buildStep the build step's commands, Maven's run first ({@link Maven#packageStep} or {@link Maven#compileStep})
     */
    public JvmPlan.MavenBuild mavenBuild(PlanContext context, List<String> dependencyStep, List<String> buildStep) {
        Path base = context.project().baseDir();
        List<Copy> sources = new ArrayList<>(List.of(Copy.fromContext("src", "./src")));
        for (String path : buildInputs) {
            boolean directory = Files.isDirectory(base.resolve(path));
            sources.add(Copy.fromContext(directory ? path + "/" : path, "./" + path + (directory ? "/" : "")));
        }
        return new JvmPlan.MavenBuild(maven.manifests(), Maven.JVM_OPTIONS, maven.run(dependencyStep), sources,
                maven.run(buildStep));
    }

    /** The build context's allow-list of a source build: what {@link #mavenBuild} copies, without tests and docs. */
    public List<String> sourceContext() {
        List<String> paths = new ArrayList<>(maven.manifestPaths());
        paths.add("src");
        paths.addAll(buildInputs);
        return paths;
    }

    public static List<String> sourceContextExcludes() {
        return NOT_BUILT;
    }

    private static BuildMode effectiveMode(PlanContext context) {
        BuildMode requested = context.settings().buildMode();
        String needs = context.project().reactorDependency();
        if (requested == BuildMode.AUTO) {
            return needs == null ? BuildMode.SOURCE : BuildMode.ARTIFACT;
        }
        if (requested == BuildMode.SOURCE && needs != null) {
            context.note("warning: buildMode source, but " + needs
                    + ": docker build will fail to resolve it unless it is published to a repository");
        }
        return requested;
    }

    /** The archive Maven's packaging makes: {@code .war} for a war, else {@code .jar}. */
    public static String extension(ProjectInfo project) {
        return project.packagingOrJar().equals("war") ? ".war" : ".jar";
    }

    /** The jar name ends up in COPY and RUN lines: only plain file-name characters may. */
    public static String safeFileName(String finalName) throws ConfigurationException {
        return safeFileName(finalName, "<build><finalName>");
    }

    /** {@link #safeFileName(String)} for a name from elsewhere in the POM ({@code element} names where). */
    public static String safeFileName(String name, String element) throws ConfigurationException {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            throw new ConfigurationException(null, "The POM's " + element + " '" + name + "' has characters"
                    + " that cannot be used in a Dockerfile path. Use letters, digits, '.', '_', '+' and '-'.");
        }
        return name;
    }
}
