package dev.dockerfile.stacks.jvm;

import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.PlanContext;
import dev.dockerfile.render.ShellSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the builder stage runs Maven: the project's wrapper when it has one (so the Maven version is
 * the project's), the user's {@code <mavenArgs>}, tests and verification plugins skipped, and this
 * plugin itself skipped (its goals bound to {@code package} must not run inside the image build).
 */
public final class Maven {
    /** Pinned so the builder's dependency step is the same on every machine. */
    public static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.11.0";
    /** The last one a wrapper's Maven before 3.6.3 runs (3.11.0 requires 3.6.3). */
    static final String OLD_MAVEN_DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.1.1";
    public static final String FLAGS = "--batch-mode --no-transfer-progress";
    /** Maven before 3.6.1 has no --no-transfer-progress (and stops on an unknown option). */
    private static final String OLD_MAVEN_FLAGS = "--batch-mode";
    static final String WRAPPER_PROPERTIES = ".mvn/wrapper/maven-wrapper.properties";
    /**
     * The repository cache, and Maven's user settings as a BuildKit secret: a private repository's
     * mirror and credentials ({@code docker build --secret id=maven-settings,src=$HOME/.m2/settings.xml}),
     * mounted for the one step, in no layer and no image's history; absent, Maven runs as without it.
     */
    private static final String CACHE_MOUNT = "--mount=type=cache,target=/root/.m2 "
            + "--mount=type=secret,id=maven-settings,target=/root/.m2/settings.xml ";
    /**
     * Test sources are not in the build context, and test-scoped dependencies are not needed:
     * {@code maven.test.skip} skips compiling tests as well as running them.
     */
    private static final String SKIP_TESTS = "-Dmaven.test.skip=true";
    private static final String SKIP_THIS_PLUGIN = "-Ddockerfile.skip=true";
    /**
     * The builder's Maven runs are short: a JVM that stops at the client compiler starts and
     * finishes them sooner (measured: a compile step of 3.5 s takes 2.1 s). Serial GC, as the
     * runs are single-threaded at heart and a builder has few cores. Maven 3.9's breadth-first
     * dependency collector fetches POMs in parallel, where the default one fetches them one by
     * one (older Maven ignores the property); it is set for every run, as a collector skips POMs
     * the other one reads, and the build step must not download what the dependency step did not.
     */
    public static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Daether.dependencyCollector.impl=bf";
    /** The phase the jar layout builds to. */
    public static final String PACKAGE_PHASE = "package";
    /**
     * The phase the exploded layout builds to: the classes and what bytecode enhancers make of them,
     * without the test phases (and their test-scoped dependencies), the jar or Spring Boot's repackage.
     */
    public static final String CLASSES_PHASE = "process-classes";
    /** Where copy-dependencies writes by default: under the build directory. */
    private static final String COPIED_DEPENDENCIES = "dependency";
    private static final java.util.regex.Pattern DISTRIBUTION =
            java.util.regex.Pattern.compile("^\\s*distributionUrl\\s*[=:].*apache-maven-([0-9]+\\.[0-9]+\\.[0-9]+)");

    private final boolean cacheMounts;
    private final String executable;
    private final boolean wrapper;
    private final boolean mavenConfiguration;
    private final List<String> verifierSkips;
    private final boolean verify;
    private final List<String> userArguments;
    private final String buildDirectory;
    private final String flags;
    private final String dependencyPlugin;

    public Maven(PlanContext context) {
        ValidSettings settings = context.settings();
        ProjectInfo project = context.project();
        Path base = project.baseDir();
        this.cacheMounts = settings.cacheMounts();
        this.wrapper = Files.isRegularFile(base.resolve("mvnw")) && Files.isRegularFile(base.resolve(WRAPPER_PROPERTIES));
        this.mavenConfiguration = hasMavenConfiguration(base);
        // Without its executable bit (a checkout from Windows), the wrapper still runs through sh.
        this.executable = !wrapper ? "mvn" : Files.isExecutable(base.resolve("mvnw")) ? "./mvnw" : "sh mvnw";
        this.verifierSkips = Verifiers.skipFlags(project);
        this.verify = settings.verifyInBuilder();
        this.userArguments = settings.mavenArgs();
        this.buildDirectory = context.context().buildDirectory();
        String wrapped = wrapper ? wrapperMavenVersion(base.resolve(WRAPPER_PROPERTIES)) : null;
        this.flags = wrapped != null && older(wrapped, 3, 6, 1) ? OLD_MAVEN_FLAGS : FLAGS;
        this.dependencyPlugin = wrapped != null && older(wrapped, 3, 6, 3) ? OLD_MAVEN_DEPENDENCY_PLUGIN : DEPENDENCY_PLUGIN;
        if (wrapper) {
            context.note("maven: the builder runs the project's wrapper (" + executable + ", " + WRAPPER_PROPERTIES
                    + "), so Maven is the project's version");
        }
        if (!verifierSkips.isEmpty()) {
            context.note("maven: " + String.join(", ", Verifiers.present(project)) + (verify
                    ? " run in the builder too (verifyInBuilder)"
                    : " skipped in the builder (they check the build and add nothing to the image;"
                            + " <verifyInBuilder>true</verifyInBuilder> runs them)"));
        }
        if (!userArguments.isEmpty()) {
            context.note("maven: the builder passes " + ShellSyntax.words(userArguments) + " (mavenArgs)");
        }
    }

    /** maven-dependency-plugin, at a version the builder's Maven runs. */
    public String dependencyPlugin() {
        return dependencyPlugin;
    }

    public boolean wrapper() {
        return wrapper;
    }

    /** The COPY instructions of what Maven reads before any source: the POM, the wrapper, {@code .mvn/}. */
    public List<Copy> manifests() {
        List<Copy> copies = new ArrayList<>();
        copies.add(Copy.fromContext(wrapper ? "pom.xml mvnw" : "pom.xml", "./"));
        if (mavenConfiguration) {
            copies.add(Copy.fromContext(".mvn/", "./.mvn/"));
        }
        return copies;
    }

    /** {@code .mvn/} with something in it: extensions, maven.config, jvm.config, the wrapper's properties. */
    private static boolean hasMavenConfiguration(Path baseDir) {
        try (java.util.stream.Stream<Path> entries = Files.list(baseDir.resolve(".mvn"))) {
            return entries.findAny().isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The context paths {@link #manifests} copies. */
    public List<String> manifestPaths() {
        List<String> paths = new ArrayList<>(List.of("pom.xml"));
        if (wrapper) {
            paths.add("mvnw");
        }
        if (mavenConfiguration) {
            paths.add(".mvn");
        }
        return paths;
    }

    /**
     * Runs the real lifecycle up to {@code package} on the POM alone (up to the phase the build step
     * runs to): exactly the plugins and
     * dependencies the build step uses are downloaded, in a layer that outlives source edits
     * (unlike {@code dependency:go-offline}, which also resolves plugins the build never runs,
     * pluginManagement's among them, and misses what plugins resolve while they run). With no
     * sources there is nothing to compile; the packaging plugins given in {@code skips} would fail
     * on the empty project and are skipped, and what it wrote is removed.
     */
    public String prefetch(List<String> skips) {
        return prefetchCommand(List.of(PACKAGE_PHASE, SKIP_TESTS, SKIP_THIS_PLUGIN), skips) + ShellSyntax.AND
                + "rm -rf " + buildDirectory;
    }

    /**
     * {@link #prefetch}'s Maven run that also copies the runtime dependencies, into
     * {@link #copiedDependencies}: one JVM start less than a run of its own. copy-dependencies
     * writes to its default directory, so no {@code -DoutputDirectory} can be mistaken by another
     * plugin of the lifecycle for its own. The caller moves them and removes the build directory.
     *
     * @param phase the phase the build step runs to ({@link #PACKAGE_PHASE} or {@link #CLASSES_PHASE}):
     *     the plugins of the phases after it are never needed
     * @param excludedArtifactIds dependencies the image must not run (Spring Boot's devtools)
     */
    public String prefetchCopyingDependencies(String phase, List<String> skips, List<String> excludedArtifactIds) {
        String copy = "\\\n      " + dependencyPlugin + ":copy-dependencies -DincludeScope=runtime"
                + (excludedArtifactIds.isEmpty() ? "" : " \\\n      -DexcludeArtifactIds=" + String.join(",", excludedArtifactIds));
        return prefetchCommand(List.of(phase, copy, "\\\n      " + SKIP_TESTS, SKIP_THIS_PLUGIN), skips);
    }

    /** Where {@link #prefetchCopyingDependencies} leaves the jars, relative to the working directory. */
    public String copiedDependencies() {
        return buildDirectory + "/" + COPIED_DEPENDENCIES;
    }

    public String buildDirectory() {
        return buildDirectory;
    }

    private String prefetchCommand(List<String> arguments, List<String> skips) {
        List<String> more = new ArrayList<>(skips);
        more.addAll(verifierSkips);
        return command(arguments, more);
    }

    /** {@code mvn package}, without tests and (unless asked) without the verification plugins. */
    public String packageStep() {
        return buildStep(PACKAGE_PHASE);
    }

    /**
     * Maven up to {@code process-classes}: the classes (and what bytecode enhancers make of them)
     * that the exploded layout runs, without the test phases, the jar or Spring Boot's repackage.
     */
    public String compileStep() {
        return buildStep(CLASSES_PHASE);
    }

    private String buildStep(String phase) {
        return command(List.of(phase, SKIP_TESTS, SKIP_THIS_PLUGIN), verify ? List.of() : verifierSkips);
    }

    /** Where the compiled classes are, relative to the builder's working directory. */
    public String classesDirectory() {
        return buildDirectory + "/classes";
    }

    /** Maven with this plugin's flags and the user's arguments, which are shell-quoted: they are data. */
    public String command(List<String> arguments) {
        return command(arguments, List.of());
    }

    /**
     * @param more skip flags and the like, on a line of their own so that the command stays readable
     */
    private String command(List<String> arguments, List<String> more) {
        List<String> rest = new ArrayList<>(more);
        userArguments.stream().map(ShellSyntax::quote).forEach(rest::add);
        return executable + " " + flags + " " + String.join(" ", arguments)
                + (rest.isEmpty() ? "" : " \\\n      " + String.join(" ", rest));
    }

    /** The Maven version the wrapper downloads ({@code distributionUrl=.../apache-maven-3.9.9-bin.zip}), or null. */
    static String wrapperMavenVersion(Path properties) {
        try {
            for (String line : Files.readAllLines(properties, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                java.util.regex.Matcher m = DISTRIBUTION.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return null;
    }

    static boolean older(String version, int major, int minor, int patch) {
        String[] parts = version.split("\\.");
        int[] wanted = {major, minor, patch};
        for (int i = 0; i < 3; i++) {
            int part = Integer.parseInt(parts[i]);
            if (part != wanted[i]) {
                return part < wanted[i];
            }
        }
        return false;
    }

    /** The arguments of a RUN instruction that starts with Maven: the cache mount goes before the command. */
    public String run(List<String> chained) {
        return (cacheMounts ? CACHE_MOUNT : "") + ShellSyntax.chain(chained);
    }
}
