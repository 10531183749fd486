package dev.dockerfile.generate;

import static dev.dockerfile.generate.DockerfileGenerator.words;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.config.Settings;
import dev.dockerfile.config.SettingsValidator;
import dev.dockerfile.detect.JavaRelease;
import dev.dockerfile.detect.PythonProject;
import dev.dockerfile.model.BuildMode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.model.Stack;
import dev.dockerfile.render.DockerfileSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validates the settings against the detected stack and decides every value the templates print. */
final class PlanBuilder {
    static final String DEFAULT_JVM_OPTIONS = "-XX:MaxRAMPercentage=75";
    /** Pinned so the builder's dependency step is the same on every machine. */
    static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.11.0";
    static final String MAVEN_FLAGS = "--batch-mode --no-transfer-progress";
    static final String LAYERS = "layers";
    /** A slim glibc image for a jlink-ed runtime (the JDKs it is linked from are glibc builds). */
    static final String JLINK_RUNTIME = "debian:bookworm-slim";
    static final String CDS_ARCHIVE = "/app/app.jsa";

    private final ProjectInfo project;
    private final Settings settings;
    private final Stack stack;
    private final String outputInContext;
    private final List<String> notes;

    PlanBuilder(ProjectInfo project, Settings settings, Stack stack, String outputInContext, List<String> notes) {
        this.project = project;
        this.settings = settings;
        this.stack = stack;
        this.outputInContext = outputInContext;
        this.notes = notes;
    }

    Plan build() throws ConfigurationException {
        int port = SettingsValidator.port(settings.port());
        Map<String, String> userEnv = SettingsValidator.env(settings.env());
        Map<String, String> userLabels = SettingsValidator.labels(settings.labels());
        List<String> command = words(Parameter.COMMAND, settings.command());
        List<String> healthcheck = words(Parameter.HEALTHCHECK, settings.healthcheck());
        BuildMode requestedMode = buildMode();

        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> stackModel;
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        String defaultBuilder;
        String defaultRuntime;
        String layersDirectory = null;
        List<String> entrypoint;
        BuildMode mode = BuildMode.SOURCE;

        if (stack == Stack.PYTHON) {
            if (requestedMode == BuildMode.ARTIFACT) {
                notes.add("buildMode artifact ignored: a Python service is always built from its source");
            }
            PythonProject python = PythonProject.scan(project.baseDir(), command);
            notes.add(python.versionReason());
            notes.add(python.commandReason());
            defaultBuilder = "python:" + python.pythonVersion() + "-slim";
            defaultRuntime = defaultBuilder;
            entrypoint = python.command();
            stackModel = pythonModel(python, include, exclude);
        } else {
            JavaRelease.Detected release = JavaRelease.resolve(project);
            notes.add(release.reason());
            mode = effectiveMode(requestedMode);
            SpringBootLayout boot = stack == Stack.SPRING_BOOT ? SpringBootLayout.forVersion(project.springBootVersion()) : null;
            boolean cds = settings.cds();
            if (cds && boot != null && !boot.supportsCds()) {
                notes.add("cds ignored: the CDS layout needs Spring Boot 3.3 or later (-Djarmode=tools)");
                cds = false;
            }
            String jdk = "eclipse-temurin:" + release.release() + "-jdk";
            defaultRuntime = settings.jlink() ? JLINK_RUNTIME : "eclipse-temurin:" + release.release() + "-jre";
            // Built from artifacts, a builder only splits layers (a JRE will do) or links a runtime (a JDK is needed).
            defaultBuilder = mode == BuildMode.SOURCE ? "maven:3.9-eclipse-temurin-" + release.release()
                    : settings.jlink() ? jdk : stack == Stack.SPRING_BOOT ? defaultRuntime : null;
            List<String> jvm = settings.jvmOptions() == null ? words(Parameter.JVM_OPTIONS, DEFAULT_JVM_OPTIONS)
                    : words(Parameter.JVM_OPTIONS, settings.jvmOptions());
            stackModel = new LinkedHashMap<>();
            String jar = buildDirectoryInContext() + "/" + safeFileName(project.finalName()) + ".jar";
            stackModel.put("jar", jar);
            stackModel.put("jarName", project.finalName() + ".jar");
            stackModel.put("mavenFlags", MAVEN_FLAGS);
            stackModel.put("dependencyPlugin", DEPENDENCY_PLUGIN);
            stackModel.put("release", release.release());
            stackModel.put("jlink", settings.jlink());
            stackModel.put("cds", cds);
            List<String> start = new ArrayList<>(List.of("java"));
            if (cds) {
                start.add("-XX:SharedArchiveFile=" + CDS_ARCHIVE);
            }
            start.addAll(jvm);
            if (boot != null) {
                stackModel.put("extract", boot.extractCommand(!cds));
                start.addAll(cds ? List.of("-jar", "/app/app.jar") : List.of(boot.launcher()));
            } else {
                String main = mainClass();
                stackModel.put("mainClass", main);
                start.addAll(List.of("-cp", "/app/app.jar:/app/lib/*", main));
            }
            entrypoint = command.isEmpty() ? start : command;
            if (settings.jlink()) {
                notes.add("jlink: the builder links a runtime of the modules jdeps finds onto " + defaultRuntime
                        + " (falls back to java.se, with the reason in the build log, when jdeps cannot tell)");
            }
            if (cds) {
                notes.add("cds: a training run in the final stage writes " + CDS_ARCHIVE + "; the JVM starts with it");
            }
            if (mode == BuildMode.ARTIFACT) {
                include.add(jar);
                if (stack == Stack.JAVA) {
                    if (outputInContext == null || outputInContext.isEmpty()) {
                        throw new ConfigurationException(Parameter.OUTPUT_DIRECTORY, "must be a directory inside the"
                                + " module for buildMode artifact, since the staged dependencies must be in the"
                                + " Docker build context. Use the default ${project.build.directory}/docker.");
                    }
                    layersDirectory = LAYERS;
                    String staged = outputInContext + "/" + LAYERS;
                    stackModel.put("dependencies", staged + "/" + ArtifactLayers.RELEASES + "/");
                    stackModel.put("snapshotDependencies", staged + "/" + ArtifactLayers.SNAPSHOTS + "/");
                    include.add(staged);
                }
            } else {
                include.add("pom.xml");
                include.add("src/main");
            }
        }

        String builderImage = settings.builderImage() == null ? defaultBuilder
                : SettingsValidator.image(Parameter.BUILDER_IMAGE, settings.builderImage());
        String runtimeImage = settings.runtimeImage() == null ? defaultRuntime
                : SettingsValidator.image(Parameter.RUNTIME_IMAGE, settings.runtimeImage());
        if (settings.cacheMounts()) {
            notes.add("cacheMounts: RUN --mount=type=cache keeps the Maven/pip caches between builds (BuildKit only)");
        }
        if (settings.builderImage() != null && defaultBuilder == null) {
            notes.add("builderImage ignored: a plain jar built from artifacts needs no builder stage");
        }
        RuntimeUser user = runtimeUser(runtimeImage);

        String context = outputInContext == null ? null : outputInContext + "/" + DockerfileGenerator.DOCKERFILE;
        String tag = project.artifactId().toLowerCase(Locale.ROOT) + ":" + tag(project.version());
        String buildCommand = "docker build -f " + (context == null ? "<outputDirectory>/Dockerfile" : context)
                + " -t " + tag + " .";

        model.put("marker", DockerfileGenerator.MARKER);
        model.put("artifactId", OciLabels.oneLine(project.artifactId()));
        model.put("buildCommand", buildCommand);
        model.put("stack", stack.id());
        model.put("buildMode", mode.id());
        model.put("builderImage", builderImage == null ? runtimeImage : builderImage);
        model.put("runtimeImage", runtimeImage);
        model.put("port", port);
        model.put("user", Map.of("name", user.name(), "uid", user.uid(), "gid", user.gid(), "family", user.family()));
        model.put("env", pairs(userEnv));
        Map<String, String> labels = new LinkedHashMap<>(OciLabels.from(project, runtimeImage));
        labels.putAll(new TreeMap<>(userLabels));
        model.put("labels", pairs(labels));
        model.put("entrypoint", DockerfileSyntax.execForm(entrypoint));
        model.put("healthcheck", healthcheck.isEmpty() ? "" : DockerfileSyntax.execForm(healthcheck));
        model.put("cacheMounts", settings.cacheMounts());
        model.put(stack == Stack.PYTHON ? "python" : "java", stackModel);
        model.put("ignore", Map.of("include", include, "exclude", exclude));

        notes.add("build mode " + mode.id() + (mode == BuildMode.ARTIFACT && stack.isJvm() ? modeReason() : ""));
        notes.add("runtime " + runtimeImage + " (" + user.family() + "), user " + user.name() + " " + user.uid() + ":"
                + user.gid() + ", port " + port);
        return new Plan(model, buildCommand, layersDirectory);
    }

    private Map<String, Object> pythonModel(PythonProject python, List<String> include, List<String> exclude) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("manifest", python.manifest());
        List<Map<String, String>> packages = new ArrayList<>();
        for (String pkg : python.packages()) {
            packages.add(Map.of("source", pkg + "/", "target", PythonProject.importName(pkg) + "/"));
            include.add(pkg);
        }
        model.put("packages", packages);
        model.put("modules", python.modules());
        include.add(0, python.manifest());
        include.addAll(python.modules());
        exclude.addAll(List.of("**/__pycache__", "**/*.py[cod]", "**/tests", "**/test_*.py", "**/*_test.py"));
        return model;
    }

    private BuildMode buildMode() throws ConfigurationException {
        String value = SettingsValidator.singleLine(Parameter.BUILD_MODE, settings.buildMode());
        if (value == null || value.isBlank()) {
            return BuildMode.AUTO;
        }
        return BuildMode.fromId(value).orElseThrow(() -> new ConfigurationException(Parameter.BUILD_MODE,
                "is '" + value + "': use source, artifact or auto (the default)."));
    }

    private BuildMode effectiveMode(BuildMode requested) {
        if (requested == BuildMode.AUTO) {
            return project.reactorDependency() == null ? BuildMode.SOURCE : BuildMode.ARTIFACT;
        }
        if (requested == BuildMode.SOURCE && project.reactorDependency() != null) {
            notes.add("warning: buildMode source, but " + project.reactorDependency()
                    + ": docker build will fail to resolve it unless it is published to a repository");
        }
        return requested;
    }

    private String modeReason() {
        return project.reactorDependency() == null ? " (set by <buildMode>)"
                : " (" + project.reactorDependency() + ", so the image takes what Maven built in "
                        + buildDirectoryInContext() + "/; run mvn package before docker build)";
    }

    private String mainClass() throws ConfigurationException {
        if (settings.mainClass() != null && !settings.mainClass().isBlank()) {
            return SettingsValidator.mainClass(settings.mainClass());
        }
        if (project.manifestMainClass() != null) {
            return SettingsValidator.mainClass(project.manifestMainClass());
        }
        throw new ConfigurationException(Parameter.MAIN_CLASS, "is not set and the maven-jar-plugin manifest has no"
                + " mainClass, so the java stack cannot tell what to start. Set <mainClass>com.example.Main</mainClass>.");
    }

    private RuntimeUser runtimeUser(String runtimeImage) throws ConfigurationException {
        String family = RuntimeUser.family(runtimeImage);
        int fallback = family.equals("distroless") ? RuntimeUser.DISTROLESS_NONROOT : SettingsValidator.DEFAULT_ID;
        int uid = SettingsValidator.id(Parameter.UID, settings.uid(), fallback);
        int gid = SettingsValidator.id(Parameter.GID, settings.gid(), settings.uid() == null ? fallback : uid);
        String name = family.equals("distroless") && settings.user() == null ? "nonroot"
                : SettingsValidator.userName(settings.user());
        return new RuntimeUser(name, uid, gid, family);
    }

    private String buildDirectoryInContext() {
        String path = DockerfileGenerator.inContext(project.baseDir(),
                Path.of(project.buildDirectory() == null ? "target" : project.buildDirectory()));
        // Outside the module or with unusual characters it could not be COPY'd: fall back to Maven's default.
        return path == null || path.isEmpty() ? "target" : path;
    }

    private static List<Map<String, String>> pairs(Map<String, String> values) {
        List<Map<String, String>> pairs = new ArrayList<>();
        values.forEach((k, v) -> pairs.add(Map.of("key", k, "value", DockerfileSyntax.quote(v))));
        return pairs;
    }

    /** The jar name ends up in COPY and RUN lines: only plain file-name characters may. */
    private static String safeFileName(String finalName) throws ConfigurationException {
        if (finalName == null || !finalName.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            throw new ConfigurationException(null, "The POM's <build><finalName> '" + finalName + "' has characters"
                    + " that cannot be used in a Dockerfile path. Use letters, digits, '.', '_', '+' and '-'.");
        }
        return finalName;
    }

    private static final Pattern TAG_UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]");

    private static String tag(String version) {
        if (version == null || version.isBlank()) {
            return "latest";
        }
        Matcher m = TAG_UNSAFE.matcher(version);
        return m.replaceAll("-");
    }
}
