package dev.dockerfile.stacks.springboot;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Detection;
import dev.dockerfile.plan.FixedTimes;
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
import dev.dockerfile.stacks.jvm.MainClasses;
import dev.dockerfile.stacks.jvm.SourceMainClass;
import dev.dockerfile.stacks.jvm.StartupArchive;
import dev.dockerfile.stacks.jvm.Maven;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Spring Boot service: built from source, its classes and dependency jars started with the class
 * path (the exploded layout); else its fat jar, split into Boot's four layers and started by its launcher.
 */
public final class SpringBootPlanner implements StackPlanner {
    private static final String SKIP_REPACKAGE = "-Dspring-boot.repackage.skip=true";
    /** Where Boot's extract writes its layers, before they are moved to their final paths. */
    private static final String EXTRACTED = "/extracted";
    /**
     * What Boot's repackage leaves out of the fat jar by default, so the exploded layout does too:
     * devtools (it would restart the application on class changes) and the Docker Compose support.
     */
    private static final List<String> NEVER_PACKAGED = List.of("spring-boot-devtools", "spring-boot-docker-compose");
    @Override
    public Optional<Detection> detect(ProjectInfo project, ValidSettings settings) {
        return project.plugin("org.springframework.boot", "spring-boot-maven-plugin").map(boot -> Detection.service(
                "stack spring-boot: spring-boot-maven-plugin " + (boot.version() == null ? "" : boot.version())
                        + " is in the build"));
    }

    /**
     * The archive repackage makes executable. With a {@code <classifier>} it is a file of its own
     * ({@code orders-1.0-exec.jar}) beside the plain jar; Boot 2's {@code <finalName>} renames it.
     * Either may sit in the plugin's configuration or in an execution's.
     */
    static String executableArchive(PlanContext context, JvmBasics jvm) throws ConfigurationException {
        ProjectInfo project = context.project();
        List<ConfigNode> configurations = project.plugin("org.springframework.boot", "spring-boot-maven-plugin")
                .map(p -> p.configurations()).orElse(List.of());
        Optional<String> classifier = first(configurations, "classifier");
        Optional<String> finalName = first(configurations, "finalName");
        if (classifier.isEmpty() && finalName.isEmpty()) {
            return jvm.jar();
        }
        String name = finalName.isPresent() ? JvmBasics.safeFileName(finalName.get(), "spring-boot-maven-plugin <finalName>")
                : JvmBasics.safeFileName(project.finalName());
        String suffix = classifier.isPresent()
                ? "-" + JvmBasics.safeFileName(classifier.get(), "spring-boot-maven-plugin <classifier>") : "";
        String archive = context.context().buildDirectory() + "/" + name + suffix + JvmBasics.extension(project);
        context.note("spring-boot: the executable archive is " + archive + " (spring-boot-maven-plugin's "
                + (classifier.isPresent() ? "<classifier>" : "<finalName>") + ")");
        return archive;
    }

    private static Optional<String> first(List<ConfigNode> configurations, String element) {
        return configurations.stream().map(c -> c.text(element)).flatMap(Optional::stream)
                .map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    @Override
    public Class<JvmPlan> detailsType() {
        return JvmPlan.class;
    }

    @Override
    public String looksFor() {
        return "no spring-boot-maven-plugin";
    }

    @Override
    public StackPlan plan(PlanContext context) throws ConfigurationException {
        ValidSettings settings = context.settings();
        JvmBasics jvm = JvmBasics.of(context);
        SpringBootLayout boot = SpringBootLayout.forVersion(context.project()
                .plugin("org.springframework.boot", "spring-boot-maven-plugin").map(p -> p.version()).orElse(null));
        boolean jlink = settings.jlink();
        boolean cds = settings.cds();
        if (cds && !boot.supportsCds()) {
            context.note("cds ignored: the CDS layout needs Spring Boot 3.3 or later (-Djarmode=tools)");
            cds = false;
        }
        Optional<SourceMainClass.Found> main = jvm.fromSource() ? mainClass(context) : Optional.empty();
        boolean exploded = LayoutChoice.exploded(context, !jvm.fromSource() ? "the image takes the jar Maven built"
                + " (build mode " + jvm.mode().id() + ")"
                : !context.project().packagingOrJar().equals("jar") ? "packaging " + context.project().packagingOrJar()
                + " is not a jar" : cds ? "cds archives only classes loaded from jars" : main.isEmpty()
                ? "no main class found (the POM declares none, and not one source file holds @SpringBootApplication"
                + " and a main method); set <mainClass> to run exploded" : null);
        boolean war = context.project().packagingOrJar().equals("war");
        boolean fat = !exploded && (!boot.splits() || war);
        if (fat) {
            context.note("spring-boot: " + (war ? "an executable war is not split into layers" : "before 2.4 a fat jar"
                    + " cannot be split into layers (no layertools)") + ", so the image runs it whole with java -jar"
                    + (jlink ? "; jlink ignored: jdeps cannot read a fat jar" : ""));
            jlink = false;
        }
        String bootJar = executableArchive(context, jvm);
        String runtime = jlink ? JvmImages.JLINK_RUNTIME : JvmImages.jre(jvm.release());
        // Built from artifacts, the builder only splits the jar (a JRE will do) or links a runtime (a JDK).
        String builder = jvm.fromSource() ? jvm.builderImage() : jlink ? JvmImages.jdk(jvm.release()) : fat ? null : runtime;

        StartupArchive archive = StartupArchive.forRelease(jvm.release());
        List<String> start = new ArrayList<>(List.of("java"));
        if (cds) {
            start.add(archive.runOption());
        }
        start.addAll(settings.jvmOptions());
        start.addAll(exploded ? List.of("-cp", ClassPathLayers.classPath(JvmLayout.CLASSES), main.get().className())
                : cds || fat ? List.of("-jar", JvmLayout.APP_JAR) : List.of(boot.launcher()));
        if (jlink) {
            context.note(Jlinker.note(runtime));
        }
        if (cds) {
            context.note(archive.note());
        }

        List<String> layerNames = fat ? List.of(JvmLayout.APPLICATION) : SpringBootLayout.LAYERS;
        String split = ShellSyntax.chain(fat ? JvmLayout.layOut(JvmLayout.APPLICATION, "app.jar", JvmLayout.APP_JAR, true)
                : split(boot, cds));
        List<String> include = new ArrayList<>();
        List<String> exclude = List.of();
        JvmPlan.MavenBuild maven = null;
        List<Copy> builderCopies = List.of();
        // The launcher layout keeps the application's classes in BOOT-INF/classes; the CDS layout is a thin app.jar.
        String classes = JvmLayout.inLayer(JvmLayout.APPLICATION, cds ? JvmLayout.APP_JAR : Plan.WORKDIR + "/BOOT-INF/classes");
        List<Copy> layers = !jvm.fromSource() && fat ? List.of(Copy.fromContext(bootJar, "./app.jar"))
                : layerNames.stream().map(JvmLayout::copyLayer).toList();
        if (jvm.fromSource()) {
            include.addAll(jvm.sourceContext());
            exclude = JvmBasics.sourceContextExcludes();
            Maven mvn = jvm.maven();
            if (exploded) {
                classes = JvmLayout.BUILDER_WORKDIR + "/" + mvn.classesDirectory();
                // Up to process-classes, the dependency step never reaches repackage (nor fetches its plugin).
                List<String> compile = new ArrayList<>(List.of(mvn.compileStep()));
                compile.addAll(ClassPathLayers.applicationStep(mvn.classesDirectory(), JvmLayout.CLASSES));
                maven = jvm.mavenBuild(context, ClassPathLayers.dependencyStep(mvn, Maven.CLASSES_PHASE, List.of(),
                        notPackaged(context)), compile);
                layers = ClassPathLayers.layers();
            } else {
                // Without sources there is no main class to repackage.
                maven = jvm.mavenBuild(context, List.of(mvn.prefetch(List.of(SKIP_REPACKAGE))),
                        List.of(mvn.packageStep(), "cp " + bootJar + " app.jar", split));
            }
            split = null;
        } else {
            include.add(bootJar);
            builderCopies = fat ? List.of() : List.of(Copy.fromContext(bootJar, "app.jar"));
        }
        if (!jvm.fromSource() && fat) {
            split = null; // nothing to split: the runtime copies the jar Maven built
        }
        JvmPlan plan = new JvmPlan(jvm.release(), JvmLayout.BUILDER_WORKDIR, LayoutChoice.id(exploded), maven,
                builderCopies, split, layers, 1,
                jlink ? Jlinker.plan(jvm.release(), JvmLayout.BUILDER_LAYERS, classes, cds, settings.jvmOptions()) : null,
                cds ? "java " + archive.trainingOption() + " -Dspring.context.exit=onRefresh -jar "
                        + JvmLayout.APP_JAR : null);
        jvm.noteMode(context);
        // Spring Boot reads SERVER_PORT before application.properties: the service listens where EXPOSE says.
        return new StackPlan(jvm.mode(), builder, runtime, start, Map.of("SERVER_PORT", String.valueOf(settings.port())),
                new Plan.IgnoreList(include, exclude), null, plan);
    }

    /**
     * Boot's extract into {@link #EXTRACTED}, then each of its layers moved to its final path
     * ({@link Plan#WORKDIR}) in a layer root of its own, with fixed times. Every layer exists, empty
     * if the jar has nothing for it (a project without snapshots).
     */
    private static List<String> split(SpringBootLayout boot, boolean cds) {
        List<String> commands = new ArrayList<>(List.of(boot.extractCommand(!cds, EXTRACTED),
                "mkdir -p " + String.join(" ", SpringBootLayout.LAYERS.stream().map(l -> EXTRACTED + "/" + l).toList())
                        + " \\\n      " + String.join(" ", SpringBootLayout.LAYERS.stream().map(JvmLayout::builderLayer).toList())));
        for (String layer : SpringBootLayout.LAYERS) {
            commands.add("mv " + EXTRACTED + "/" + layer + " " + JvmLayout.inLayer(layer, Plan.WORKDIR));
        }
        commands.add(FixedTimes.touch(SpringBootLayout.LAYERS.stream().map(JvmLayout::builderLayer).toList()));
        return commands;
    }

    /**
     * The main class the exploded layout starts, which the fat jar's manifest would name
     * ({@code Start-Class}): {@code <mainClass>}, the POM's (spring-boot-maven-plugin's, the
     * {@code start-class} property), else the sources' {@code @SpringBootApplication} class.
     */
    private static Optional<SourceMainClass.Found> mainClass(PlanContext context) {
        if (context.settings().mainClass() != null) {
            return Optional.of(new SourceMainClass.Found(context.settings().mainClass(), "<mainClass>"));
        }
        Optional<MainClasses.Candidate> declared = MainClasses.first(context.project());
        if (declared.isPresent()) {
            context.note("main class " + declared.get().className() + " from the " + declared.get().source());
            return Optional.of(new SourceMainClass.Found(declared.get().className(), declared.get().source()));
        }
        Optional<SourceMainClass.Found> found = SourceMainClass.find(context.project(), SourceMainClass.SPRING_BOOT_APPLICATION);
        found.ifPresent(f -> context.note("main class " + f.className() + " from " + f.source()));
        return found;
    }

    /** {@link #NEVER_PACKAGED} and the artifacts the POM excludes from repackage ({@code <excludes>}). */
    private static List<String> notPackaged(PlanContext context) {
        List<String> ids = new ArrayList<>(NEVER_PACKAGED);
        context.project().plugin("org.springframework.boot", "spring-boot-maven-plugin").ifPresent(boot -> {
            for (ConfigNode configuration : boot.configurations()) {
                for (ConfigNode excludes : configuration.children("excludes")) {
                    for (ConfigNode exclude : excludes.children("exclude")) {
                        exclude.text("artifactId").filter(id -> id.matches("[A-Za-z0-9._-]+") && !ids.contains(id))
                                .ifPresent(ids::add);
                    }
                }
            }
        });
        return ids;
    }
}
