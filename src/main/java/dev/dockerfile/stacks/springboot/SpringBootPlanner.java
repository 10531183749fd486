package dev.dockerfile.stacks.springboot;

import dev.dockerfile.config.ConfigurationException;
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

/** A Spring Boot fat jar, split into Boot's four layers and started by its launcher. */
public final class SpringBootPlanner implements StackPlanner {
    @Override
    public Optional<Detection> detect(ProjectInfo project, ValidSettings settings) {
        if (project.springBootVersion() == null) {
            return Optional.empty();
        }
        return Optional.of(Detection.service("stack spring-boot: spring-boot-maven-plugin "
                + project.springBootVersion() + " is in the build"));
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
        SpringBootLayout boot = SpringBootLayout.forVersion(context.project().springBootVersion());
        boolean jlink = settings.jlink();
        boolean cds = settings.cds();
        if (cds && !boot.supportsCds()) {
            context.note("cds ignored: the CDS layout needs Spring Boot 3.3 or later (-Djarmode=tools)");
            cds = false;
        }
        String runtime = jlink ? JvmImages.JLINK_RUNTIME : JvmImages.jre(jvm.release());
        // Built from artifacts, the builder only splits the jar (a JRE will do) or links a runtime (a JDK).
        String builder = jvm.fromSource() ? JvmImages.maven(jvm.release()) : jlink ? JvmImages.jdk(jvm.release()) : runtime;

        List<String> start = new ArrayList<>(List.of("java"));
        if (cds) {
            start.add("-XX:SharedArchiveFile=" + JvmLayout.CDS_ARCHIVE);
        }
        start.addAll(settings.jvmOptions());
        start.addAll(cds ? List.of("-jar", JvmLayout.APP_JAR) : List.of(boot.launcher()));
        if (jlink) {
            context.note("jlink: the builder links a runtime of the modules jdeps finds onto " + runtime
                    + " (falls back to java.se, with the reason in the build log, when jdeps cannot tell)");
        }
        if (cds) {
            context.note("cds: a training run in the final stage writes " + JvmLayout.CDS_ARCHIVE + "; the JVM starts with it");
        }

        List<String> layerDirectories = SpringBootLayout.LAYERS.stream().map(JvmLayout::builderLayer).toList();
        String split = ShellSyntax.chain(List.of(boot.extractCommand(!cds, JvmLayout.BUILDER_LAYERS),
                "mkdir -p " + String.join(" ", layerDirectories)));
        List<String> include = new ArrayList<>();
        JvmPlan.MavenBuild maven = null;
        List<Copy> builderCopies = List.of();
        if (jvm.fromSource()) {
            include.addAll(List.of("pom.xml", "src/main"));
            Maven mvn = new Maven(settings.cacheMounts());
            maven = new JvmPlan.MavenBuild(List.of(Copy.fromContext("pom.xml", "./")), mvn.run(List.of(mvn.goOffline())),
                    List.of(Copy.fromContext("src", "./src")),
                    mvn.run(List.of(mvn.packageSkippingTests(), "cp " + jvm.jar() + " app.jar", split)));
            split = null;
        } else {
            include.add(jvm.jar());
            builderCopies = List.of(Copy.fromContext(jvm.jar(), "app.jar"));
        }
        List<Copy> layers = layerDirectories.stream().map(d -> Copy.fromStage("builder", d + "/", "./")).toList();
        String inputs = "$(find " + JvmLayout.BUILDER_LAYERS + " -name '*.jar') $(find " + JvmLayout.BUILDER_LAYERS
                + " -type d -path '*/BOOT-INF/classes')";
        JvmPlan plan = new JvmPlan(jvm.release(), maven, builderCopies, split, layers,
                jlink ? Jlinker.plan(jvm.release(), inputs, cds) : null,
                cds ? "java -XX:ArchiveClassesAtExit=" + JvmLayout.CDS_ARCHIVE + " -Dspring.context.exit=onRefresh -jar "
                        + JvmLayout.APP_JAR : null);
        jvm.noteMode(context);
        return new StackPlan(jvm.mode(), builder, runtime, start, Map.of(), new Plan.IgnoreList(include, List.of()),
                null, plan);
    }
}
