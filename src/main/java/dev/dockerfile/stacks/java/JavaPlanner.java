package dev.dockerfile.stacks.java;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.config.SettingsValidator;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Detection;
import dev.dockerfile.plan.Plan;
import dev.dockerfile.plan.PlanContext;
import dev.dockerfile.plan.StackPlan;
import dev.dockerfile.plan.StackPlanner;
import dev.dockerfile.render.ShellSyntax;
import dev.dockerfile.stacks.jvm.Jlinker;
import dev.dockerfile.stacks.jvm.JvmBasics;
import dev.dockerfile.stacks.jvm.JvmImages;
import dev.dockerfile.stacks.jvm.JvmLayout;
import dev.dockerfile.stacks.jvm.JvmPlan;
import dev.dockerfile.stacks.jvm.Maven;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain jar with a main class: release dependencies, snapshot dependencies and the jar as three
 * layers, started with the class path.
 */
public final class JavaPlanner implements StackPlanner {
    static final String CLASSPATH = JvmLayout.APP_JAR + ":" + Plan.WORKDIR + "/lib/*";

    @Override
    public Optional<Detection> detect(ProjectInfo project, ValidSettings settings) {
        String packaging = project.packaging() == null ? "jar" : project.packaging();
        if (!packaging.equals("jar")) {
            return Optional.empty();
        }
        if (project.manifestMainClass() != null) {
            return Optional.of(Detection.service("stack java: jar packaging with main class "
                    + project.manifestMainClass() + " from the maven-jar-plugin manifest"));
        }
        if (project.reactorModules()) {
            return Optional.of(Detection.notAService("jar packaging without a main class: a library, not a service."
                    + " Set " + Parameter.MAIN_CLASS.display() + " to make it one."));
        }
        return Optional.of(Detection.service("stack java: jar packaging"));
    }

    @Override
    public Class<JvmPlan> detailsType() {
        return JvmPlan.class;
    }

    @Override
    public String looksFor() {
        return "no jar with a main class";
    }

    @Override
    public StackPlan plan(PlanContext context) throws ConfigurationException {
        ValidSettings settings = context.settings();
        JvmBasics jvm = JvmBasics.of(context);
        String main = mainClass(context);
        boolean jlink = settings.jlink();
        boolean cds = settings.cds();
        String runtime = jlink ? JvmImages.JLINK_RUNTIME : JvmImages.jre(jvm.release());
        // Built from artifacts, a builder is only needed to link a runtime (a JDK).
        String builder = jvm.fromSource() ? JvmImages.maven(jvm.release()) : jlink ? JvmImages.jdk(jvm.release()) : null;

        List<String> start = new ArrayList<>(List.of("java"));
        if (cds) {
            start.add("-XX:SharedArchiveFile=" + JvmLayout.CDS_ARCHIVE);
        }
        start.addAll(settings.jvmOptions());
        start.addAll(List.of("-cp", CLASSPATH, main));
        if (jlink) {
            context.note("jlink: the builder links a runtime of the modules jdeps finds onto " + runtime
                    + " (falls back to java.se, with the reason in the build log, when jdeps cannot tell)");
        }
        if (cds) {
            context.note("cds: a training run in the final stage writes " + JvmLayout.CDS_ARCHIVE + "; the JVM starts with it");
        }

        String dependencies = JvmLayout.builderLayer(JvmLayout.DEPENDENCIES);
        String snapshots = JvmLayout.builderLayer(JvmLayout.SNAPSHOT_DEPENDENCIES);
        String application = JvmLayout.builderLayer(JvmLayout.APPLICATION);
        List<String> include = new ArrayList<>();
        List<Copy> builderCopies = new ArrayList<>();
        List<Copy> layers;
        JvmPlan.MavenBuild maven = null;
        StackPlan.Staging staging = null;
        if (jvm.fromSource()) {
            include.addAll(List.of("pom.xml", "src/main"));
            Maven mvn = new Maven(settings.cacheMounts());
            maven = new JvmPlan.MavenBuild(List.of(Copy.fromContext("pom.xml", "./")),
                    mvn.run(List.of(mvn.goOffline(),
                            mvn.command(Maven.DEPENDENCY_PLUGIN + ":copy-dependencies \\\n"
                                    + "      -DincludeScope=runtime -DoutputDirectory=" + dependencies),
                            "mkdir -p " + dependencies + " " + snapshots,
                            "find " + dependencies + " -name '*-SNAPSHOT.jar' -exec mv -t " + snapshots + "/ {} +")),
                    List.of(Copy.fromContext("src", "./src")),
                    mvn.run(List.of(mvn.packageSkippingTests(), "mkdir -p " + application,
                            "cp " + jvm.jar() + " " + application + "/app.jar")));
            layers = List.of(Copy.fromStage("builder", dependencies + "/", "./lib/"),
                    Copy.fromStage("builder", snapshots + "/", "./lib/"),
                    Copy.fromStage("builder", application + "/", "./"));
        } else {
            String output = context.context().outputDirectory();
            if (output == null || output.isEmpty()) {
                throw new ConfigurationException(Parameter.OUTPUT_DIRECTORY, "must be a directory inside the"
                        + " module for buildMode artifact, since the staged dependencies must be in the"
                        + " Docker build context. Use the default ${project.build.directory}/docker.");
            }
            String staged = output + "/" + JvmLayout.STAGED_LAYERS;
            staging = new StackPlan.Staging(JvmLayout.STAGED_LAYERS + "/" + JvmLayout.DEPENDENCIES,
                    JvmLayout.STAGED_LAYERS + "/" + JvmLayout.SNAPSHOT_DEPENDENCIES);
            String stagedReleases = staged + "/" + JvmLayout.DEPENDENCIES + "/";
            String stagedSnapshots = staged + "/" + JvmLayout.SNAPSHOT_DEPENDENCIES + "/";
            include.addAll(List.of(jvm.jar(), staged));
            layers = List.of(Copy.fromContext(stagedReleases, "./lib/"), Copy.fromContext(stagedSnapshots, "./lib/"),
                    Copy.fromContext(jvm.jar(), "./app.jar"));
            if (jlink) {
                builderCopies.addAll(List.of(Copy.fromContext(stagedReleases, dependencies + "/"),
                        Copy.fromContext(stagedSnapshots, snapshots + "/"),
                        Copy.fromContext(jvm.jar(), application + "/app.jar")));
            }
        }
        if (settings.builderImage() != null && builder == null) {
            context.note("builderImage ignored: a plain jar built from artifacts needs no builder stage");
        }
        JvmPlan plan = new JvmPlan(jvm.release(), maven, builderCopies, null, layers,
                jlink ? Jlinker.plan(jvm.release(), "$(find " + JvmLayout.BUILDER_LAYERS + " -name '*.jar')", cds) : null,
                cds ? "timeout -s TERM 10 java -XX:ArchiveClassesAtExit=" + JvmLayout.CDS_ARCHIVE + " -cp "
                        + ShellSyntax.quote(CLASSPATH) + " " + ShellSyntax.quote(main) + "; test -s " + JvmLayout.CDS_ARCHIVE
                        : null);
        jvm.noteMode(context);
        return new StackPlan(jvm.mode(), builder, runtime, start, Map.of(), new Plan.IgnoreList(include, List.of()),
                staging, plan);
    }

    private static String mainClass(PlanContext context) throws ConfigurationException {
        if (context.settings().mainClass() != null) {
            return context.settings().mainClass();
        }
        if (context.project().manifestMainClass() != null) {
            return SettingsValidator.mainClass(context.project().manifestMainClass());
        }
        throw new ConfigurationException(Parameter.MAIN_CLASS, "is not set and the maven-jar-plugin manifest has no"
                + " mainClass, so the java stack cannot tell what to start. Set <mainClass>com.example.Main</mainClass>.");
    }
}
