package dev.dockerfile.stacks.java;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Detection;
import dev.dockerfile.plan.Plan;
import dev.dockerfile.plan.PlanContext;
import dev.dockerfile.plan.StackPlan;
import dev.dockerfile.plan.StackPlanner;
import dev.dockerfile.render.ShellSyntax;
import dev.dockerfile.stacks.jvm.ClassPathLayers;
import dev.dockerfile.stacks.jvm.Jlinker;
import dev.dockerfile.stacks.jvm.JvmBasics;
import dev.dockerfile.stacks.jvm.JvmImages;
import dev.dockerfile.stacks.jvm.JvmLayout;
import dev.dockerfile.stacks.jvm.JvmPlan;
import dev.dockerfile.stacks.jvm.LayoutChoice;
import dev.dockerfile.stacks.jvm.Maven;
import dev.dockerfile.stacks.jvm.MainClasses;
import dev.dockerfile.stacks.jvm.ShadedJar;
import dev.dockerfile.stacks.jvm.SourceMainClass;
import dev.dockerfile.stacks.jvm.StartupArchive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A jar with a main class: release dependencies, snapshot dependencies and the application's
 * classes (or its thin jar) as three layers, started with the class path. Micronaut services are
 * such jars too; their flavour only adds how the framework is recognised and told its port.
 */
public final class JavaPlanner implements StackPlanner {
    /** What kind of jar service this planner recognises. */
    public enum Flavor { PLAIN, MICRONAUT }

    private final Flavor flavor;

    public JavaPlanner(Flavor flavor) {
        this.flavor = flavor;
    }

    @Override
    public Optional<Detection> detect(ProjectInfo project, ValidSettings settings) {
        if (!project.packagingOrJar().equals("jar")) {
            return Optional.empty();
        }
        if (flavor == Flavor.MICRONAUT) {
            if (project.plugin("io.micronaut.maven", "micronaut-maven-plugin").isPresent()) {
                return Optional.of(Detection.service("stack micronaut: micronaut-maven-plugin is in the build"));
            }
            return project.property("micronaut.version") == null ? Optional.empty()
                    : Optional.of(Detection.service("stack micronaut: the POM sets micronaut.version"));
        }
        if (settings.mainClass() != null) {
            return Optional.of(Detection.service("stack java: jar packaging, main class " + settings.mainClass()
                    + " set by " + Parameter.MAIN_CLASS.display()));
        }
        Optional<MainClasses.Candidate> main = MainClasses.first(project);
        if (main.isPresent()) {
            return Optional.of(Detection.service("stack java: jar packaging with main class " + main.get().className()
                    + " from the " + main.get().source()));
        }
        // A main method in the sources alone does not make a service: libraries carry demos and tools.
        // It is what <stack>java</stack> starts, so the message names it.
        Optional<SourceMainClass.Found> source = SourceMainClass.find(project, null);
        return Optional.of(Detection.notAService("jar packaging without a main class or a service framework: a"
                + " library, not a service. Set " + Parameter.MAIN_CLASS.display() + " or " + Parameter.STACK.display()
                + " to make it one." + source.map(f -> " " + f.source() + " has the one main method: <stack>java</stack>"
                        + " starts " + f.className() + ".").orElse("")));
    }

    @Override
    public String looksFor() {
        return flavor == Flavor.MICRONAUT ? "no micronaut-maven-plugin" : "no jar with a main class";
    }

    @Override
    public Class<JvmPlan> detailsType() {
        return JvmPlan.class;
    }

    @Override
    public StackPlan plan(PlanContext context) throws ConfigurationException {
        ValidSettings settings = context.settings();
        JvmBasics jvm = JvmBasics.of(context);
        // With <command> the image starts what it says: a main class is needed only for the default start.
        String main = mainClass(context).orElse(null);
        if (main == null && (settings.command().isEmpty() || settings.cds())) {
            throw new ConfigurationException(Parameter.MAIN_CLASS, "is not set and the POM declares no main class (looked"
                    + " in " + MainClasses.SEARCHED + ", and for " + SourceMainClass.SEARCHED + "), so the image cannot"
                    + " tell what to start. Set"
                    + " <mainClass>com.example.Main</mainClass>.");
        }
        boolean jlink = settings.jlink();
        boolean cds = settings.cds();
        String runtime = jlink ? JvmImages.JLINK_RUNTIME : JvmImages.jre(jvm.release());
        // Built from artifacts, a builder is only needed to link a runtime (a JDK).
        String builder = jvm.fromSource() ? jvm.builderImage() : jlink ? JvmImages.jdk(jvm.release()) : null;
        String buildDirectory = context.context().buildDirectory();
        Optional<ShadedJar.Choice> shaded = ShadedJar.choose(context.project(), buildDirectory);
        String jar = shaded.map(ShadedJar.Choice::jar).orElse(jvm.jar());
        // A fat jar runs alone: its dependencies are inside it.
        boolean fat = shaded.map(ShadedJar.Choice::fat).orElse(false);
        boolean exploded = LayoutChoice.exploded(context, !jvm.fromSource() ? "the image takes the jar Maven built ("
                + "build mode " + jvm.mode().id() + ")" : fat ? "the image runs the fat jar the POM builds as built"
                : cds ? "cds archives only classes loaded from jars" : main == null
                ? "<command> replaces the start command, which may name " + JvmLayout.APP_JAR : null);
        shaded.ifPresent(choice -> context.note(choice.reason(exploded, buildDirectory + "/classes")));
        List<String> launch = fat ? List.of("-jar", JvmLayout.APP_JAR) : List.of("-cp",
                ClassPathLayers.classPath(exploded ? JvmLayout.CLASSES : JvmLayout.APP_JAR), main == null ? "" : main);

        StartupArchive archive = StartupArchive.forRelease(jvm.release());
        List<String> start = new ArrayList<>(List.of("java"));
        if (cds) {
            start.add(archive.runOption());
        }
        start.addAll(settings.jvmOptions());
        start.addAll(launch);
        if (jlink) {
            context.note(Jlinker.note(runtime));
        }
        if (cds) {
            context.note(archive.note());
        }

        String dependencies = JvmLayout.builderLayer(JvmLayout.DEPENDENCIES);
        String snapshots = JvmLayout.builderLayer(JvmLayout.SNAPSHOT_DEPENDENCIES);
        // What jdeps reads as the application when jlink is on: the jar at its path in the application layer.
        String appJar = JvmLayout.inLayer(JvmLayout.APPLICATION, JvmLayout.APP_JAR);
        String roots = appJar;
        List<String> include = new ArrayList<>();
        List<String> exclude = List.of();
        List<Copy> builderCopies = new ArrayList<>();
        List<Copy> layers;
        JvmPlan.MavenBuild maven = null;
        StackPlan.Staging staging = null;
        if (jvm.fromSource()) {
            include.addAll(jvm.sourceContext());
            exclude = JvmBasics.sourceContextExcludes();
            Maven mvn = jvm.maven();
            List<String> packageJar = new ArrayList<>(List.of(mvn.packageStep()));
            packageJar.addAll(ClassPathLayers.applicationStep(jar, JvmLayout.APP_JAR));
            if (fat) {
                maven = jvm.mavenBuild(context, List.of(mvn.prefetch(List.of())), packageJar);
                layers = List.of(JvmLayout.copyLayer(JvmLayout.APPLICATION));
            } else if (exploded) {
                roots = JvmLayout.BUILDER_WORKDIR + "/" + mvn.classesDirectory();
                List<String> compile = new ArrayList<>(List.of(mvn.compileStep()));
                compile.addAll(ClassPathLayers.applicationStep(mvn.classesDirectory(), JvmLayout.CLASSES));
                maven = jvm.mavenBuild(context, ClassPathLayers.dependencyStep(mvn, Maven.CLASSES_PHASE, List.of(),
                        List.of()), compile);
                layers = ClassPathLayers.layers();
            } else {
                maven = jvm.mavenBuild(context, ClassPathLayers.dependencyStep(mvn, Maven.PACKAGE_PHASE, List.of(),
                        List.of()), packageJar);
                layers = ClassPathLayers.layers();
            }
        } else if (fat) {
            include.add(jar);
            layers = List.of(Copy.fromContext(jar, "./app.jar"));
            if (jlink) {
                builderCopies.add(Copy.fromContext(jar, appJar));
            }
        } else {
            // Under the build directory, whatever <outputDirectory> is: a committed output directory
            // holds only the generated files, and mvn clean removes the staged jars with the rest.
            String staged = context.context().buildDirectory() + "/" + JvmLayout.STAGED_LAYERS;
            staging = new StackPlan.Staging(staged + "/" + JvmLayout.DEPENDENCIES,
                    staged + "/" + JvmLayout.SNAPSHOT_DEPENDENCIES);
            String stagedReleases = staged + "/" + JvmLayout.DEPENDENCIES + "/";
            String stagedSnapshots = staged + "/" + JvmLayout.SNAPSHOT_DEPENDENCIES + "/";
            include.addAll(List.of(jar, staged));
            layers = List.of(Copy.fromContext(stagedReleases, "./lib/"), Copy.fromContext(stagedSnapshots, "./lib/"),
                    Copy.fromContext(jar, "./app.jar"));
            if (jlink) {
                builderCopies.addAll(List.of(Copy.fromContext(stagedReleases, dependencies + "/"),
                        Copy.fromContext(stagedSnapshots, snapshots + "/"),
                        Copy.fromContext(jar, appJar)));
            }
        }
        if (settings.builderImage() != null && builder == null) {
            context.note("builderImage ignored: a plain jar built from artifacts needs no builder stage");
        }
        JvmPlan plan = new JvmPlan(jvm.release(), JvmLayout.BUILDER_WORKDIR, LayoutChoice.id(exploded), maven,
                builderCopies, null, layers, 1,
                jlink ? Jlinker.plan(jvm.release(), JvmLayout.BUILDER_LAYERS, roots, cds,
                        settings.jvmOptions()) : null,
                cds ? "timeout -s TERM 10 java " + archive.trainingOption() + " "
                        + ShellSyntax.words(launch) + "; test -s " + archive.file() : null);
        jvm.noteMode(context);
        Map<String, String> env = flavor == Flavor.MICRONAUT
                ? Map.of("MICRONAUT_SERVER_PORT", String.valueOf(settings.port())) : Map.of();
        return new StackPlan(jvm.mode(), builder, runtime, start, env, new Plan.IgnoreList(include, exclude),
                staging, plan);
    }

    /** The configured main class, else the POM's first (with a log line when needed), else empty. */
    private Optional<String> mainClass(PlanContext context) {
        if (context.settings().mainClass() != null) {
            return Optional.of(context.settings().mainClass());
        }
        List<MainClasses.Candidate> all = MainClasses.find(context.project());
        if (all.isEmpty()) {
            Optional<SourceMainClass.Found> source = SourceMainClass.find(context.project(), null);
            source.ifPresent(f -> context.note("main class " + f.className() + " from " + f.source()
                    + ", the one class with a main method (the POM declares none)"));
            return source.map(SourceMainClass.Found::className);
        }
        MainClasses.Candidate main = all.get(0);
        // The plain flavour's detection line already named it; say it again only when others disagree.
        String disagreement = MainClasses.disagreement(all);
        if (flavor != Flavor.PLAIN || !disagreement.isEmpty()) {
            context.note("main class " + main.className() + " from the " + main.source() + disagreement);
        }
        return Optional.of(main.className());
    }
}
