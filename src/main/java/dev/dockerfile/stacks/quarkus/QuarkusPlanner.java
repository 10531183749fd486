package dev.dockerfile.stacks.quarkus;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Detection;
import dev.dockerfile.plan.Plan;
import dev.dockerfile.plan.PlanContext;
import dev.dockerfile.plan.StackPlan;
import dev.dockerfile.plan.StackPlanner;
import dev.dockerfile.stacks.jvm.Jlinker;
import dev.dockerfile.stacks.jvm.JvmBasics;
import dev.dockerfile.stacks.jvm.JvmImages;
import dev.dockerfile.stacks.jvm.JvmLayout;
import dev.dockerfile.stacks.jvm.JvmPlan;
import dev.dockerfile.stacks.jvm.LayoutChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Quarkus application in JVM mode: the fast-jar directory's parts as layers, least often changed
 * first (libraries, the runner, the application, Quarkus's generated code), started with
 * {@code java -jar quarkus-run.jar}; or an uber-jar, or a legacy jar with its {@code lib/}.
 */
public final class QuarkusPlanner implements StackPlanner {
    static final String FAST_JAR_DIRECTORY = "quarkus-app";
    static final String RUNNER = "quarkus-run.jar";
    /** The fast-jar's layers besides the dependencies and the application: its runner, and Quarkus's generated code. */
    private static final String RUNNER_LAYER = "runner";
    private static final String GENERATED_LAYER = "quarkus";
    /** What Quarkus's own Dockerfile.jvm passes: listen on every interface, and its log manager. */
    static final List<String> JVM_FLAGS = List.of("-Dquarkus.http.host=0.0.0.0",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

    @Override
    public Optional<Detection> detect(ProjectInfo project, ValidSettings settings) {
        if (project.plugin("quarkus-maven-plugin").isPresent()) {
            return Optional.of(Detection.service("stack quarkus: quarkus-maven-plugin is in the build"));
        }
        if (project.packagingOrJar().equals("quarkus")) {
            return Optional.of(Detection.service("stack quarkus: packaging quarkus"));
        }
        return Optional.empty();
    }

    @Override
    public String looksFor() {
        return "no quarkus-maven-plugin";
    }

    @Override
    public Class<JvmPlan> detailsType() {
        return JvmPlan.class;
    }

    @Override
    public StackPlan plan(PlanContext context) throws ConfigurationException {
        ValidSettings settings = context.settings();
        JvmBasics jvm = JvmBasics.of(context);
        QuarkusPackage.Chosen chosen = QuarkusPackage.of(context.project());
        QuarkusPackage type = chosen.type();
        context.note("quarkus: package type " + chosen.reason());
        if (settings.cds()) {
            context.note("cds ignored: Quarkus builds its own AppCDS archive (quarkus.package.jar.appcds.enabled=true)");
        }
        boolean jlink = settings.jlink();
        String runtime = jlink ? JvmImages.JLINK_RUNTIME : JvmImages.jre(jvm.release());
        String builder = jvm.fromSource() ? jvm.builderImage() : jlink ? JvmImages.jdk(jvm.release()) : null;

        String target = context.context().buildDirectory();
        String runnerJar = target + "/" + context.project().finalName() + "-runner.jar";
        // Where the build's output lies: in the builder's working directory, or in the build context.
        String from = jvm.fromSource() || jlink ? "builder" : "";
        String root = jvm.fromSource() || jlink ? JvmLayout.BUILDER_WORKDIR + "/" : "";
        List<Copy> layers = new ArrayList<>();
        List<String> output = new ArrayList<>();
        // From source, the build step lays each layer out at its final path in a root of its own, with
        // fixed times, and the final stage copies the roots to /: the same inputs give the same layers.
        List<JvmLayout.Placed> placed = new ArrayList<>();
        String jar;
        switch (type) {
            case FAST_JAR -> {
                String app = root + target + "/" + FAST_JAR_DIRECTORY + "/";
                String built = target + "/" + FAST_JAR_DIRECTORY + "/";
                layers.add(new Copy(from, app + "lib/", "./lib/"));
                layers.add(new Copy(from, app + RUNNER, "./"));
                layers.add(new Copy(from, app + "app/", "./app/"));
                layers.add(new Copy(from, app + "quarkus/", "./quarkus/"));
                placed.add(new JvmLayout.Placed(JvmLayout.DEPENDENCIES, built + "lib", JvmLayout.LIB));
                placed.add(new JvmLayout.Placed(RUNNER_LAYER, built + RUNNER, Plan.WORKDIR + "/" + RUNNER));
                placed.add(new JvmLayout.Placed(JvmLayout.APPLICATION, built + "app", Plan.WORKDIR + "/app"));
                placed.add(new JvmLayout.Placed(GENERATED_LAYER, built + "quarkus", Plan.WORKDIR + "/quarkus"));
                output.add(target + "/" + FAST_JAR_DIRECTORY);
                jar = Plan.WORKDIR + "/" + RUNNER;
            }
            case LEGACY_JAR -> {
                // The runner's manifest names lib/<jar>: relative to the jar, so /app/lib beside /app/app.jar works.
                layers.add(new Copy(from, root + target + "/lib/", "./lib/"));
                layers.add(new Copy(from, root + runnerJar, "./app.jar"));
                placed.add(new JvmLayout.Placed(JvmLayout.DEPENDENCIES, target + "/lib", JvmLayout.LIB));
                placed.add(new JvmLayout.Placed(JvmLayout.APPLICATION, runnerJar, JvmLayout.APP_JAR));
                output.addAll(List.of(target + "/lib", runnerJar));
                jar = JvmLayout.APP_JAR;
            }
            default -> {
                layers.add(new Copy(from, root + runnerJar, "./app.jar"));
                placed.add(new JvmLayout.Placed(JvmLayout.APPLICATION, runnerJar, JvmLayout.APP_JAR));
                output.add(runnerJar);
                jar = JvmLayout.APP_JAR;
            }
        }
        if (jvm.fromSource()) {
            layers = placed.stream().map(p -> JvmLayout.copyLayer(p.layer())).toList();
        }
        List<String> start = new ArrayList<>(List.of("java"));
        start.addAll(settings.jvmOptions());
        start.addAll(JVM_FLAGS);
        start.addAll(List.of("-jar", jar));

        List<String> include = new ArrayList<>();
        List<String> exclude = List.of();
        JvmPlan.MavenBuild maven = null;
        List<Copy> builderCopies = new ArrayList<>();
        if (jvm.fromSource()) {
            include.addAll(jvm.sourceContext());
            exclude = JvmBasics.sourceContextExcludes();
            List<String> build = new ArrayList<>(List.of(jvm.maven().packageStep()));
            build.addAll(JvmLayout.layOut(placed, true));
            maven = jvm.mavenBuild(context, List.of(jvm.maven().prefetch(List.of())), build);
        } else {
            include.addAll(output);
            if (jlink) {
                for (String path : output) {
                    boolean file = path.endsWith(".jar");
                    builderCopies.add(Copy.fromContext(file ? path : path + "/",
                            JvmLayout.BUILDER_WORKDIR + "/" + path + (file ? "" : "/")));
                }
            }
        }
        if (jlink) {
            context.note(Jlinker.note(runtime));
        }
        if (settings.builderImage() != null && builder == null) {
            context.note("builderImage ignored: a Quarkus application built from artifacts needs no builder stage");
        }
        String built = JvmLayout.BUILDER_WORKDIR + "/" + target;
        // From source, the application's jars are in their layers (the build step moved them there).
        String libraries = jvm.fromSource() ? JvmLayout.BUILDER_LAYERS : built;
        String roots = jvm.fromSource() ? String.join(" ", placed.stream().map(JvmLayout.Placed::layer)
                .filter(l -> l.equals(JvmLayout.APPLICATION) || l.equals(GENERATED_LAYER)).map(JvmLayout::builderLayer)
                .toList()) + " -name '*.jar'" : built + " \\( -path '*/app/*.jar' -o -path"
                + " '*/quarkus/*.jar' -o -name '*-runner.jar' \\)";
        JvmPlan plan = new JvmPlan(jvm.release(), JvmLayout.BUILDER_WORKDIR, LayoutChoice.id(false), maven, builderCopies, null, layers,
                layers.size() == 1 ? 1 : layers.size() - 1,
                jlink ? Jlinker.planFound(jvm.release(), libraries, roots, false, settings.jvmOptions()) : null,
                null);
        jvm.noteMode(context);
        return new StackPlan(jvm.mode(), builder, runtime, start,
                Map.of("QUARKUS_HTTP_PORT", String.valueOf(settings.port())), new Plan.IgnoreList(include, exclude),
                null, plan);
    }
}
