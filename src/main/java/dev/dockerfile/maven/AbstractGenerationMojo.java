package dev.dockerfile.maven;

import dev.dockerfile.config.Defaults;
import dev.dockerfile.drift.DriftCheck;
import dev.dockerfile.fleet.FleetService;
import dev.dockerfile.fleet.ImagePrefix;
import dev.dockerfile.generate.Rendering;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.config.Settings;
import dev.dockerfile.fleet.ComposeFile;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * The configuration that decides the generated files, shared by {@code generate}, which writes
 * them, and {@code verify}, which compares them with the disk: one list, so the two goals can
 * never read a different configuration.
 */
abstract class AbstractGenerationMojo extends AbstractDockerfileMojo {

    /** The stack (docs/stacks.md lists them: spring-boot, python, java, ...). Detected when unset. */
    @Parameter(property = "dockerfile.stack")
    String stack;

    /** The port the service listens on (EXPOSE, PORT): 8080, 53/udp, or several, the first the service's: "8080 9090". */
    @Parameter(property = "dockerfile.port", defaultValue = Defaults.PORT)
    String port;

    /** Image of the builder stage. Default: the stack's (maven:3.9-eclipse-temurin-RELEASE, python:VERSION-slim, ...). */
    @Parameter(property = "dockerfile.builderImage")
    String builderImage;

    /** Image of the final stage. Default: the stack's (eclipse-temurin:RELEASE-jre, python:VERSION-slim, ...). */
    @Parameter(property = "dockerfile.runtimeImage")
    String runtimeImage;

    /** Name of the non-root user created in the final stage (default app; nonroot on distroless). */
    @Parameter(property = "dockerfile.user")
    String user;

    /** Numeric user id (default 10001; 65532, the built-in user, on distroless). */
    @Parameter(property = "dockerfile.uid")
    String uid;

    /** Numeric group id (default: the uid). */
    @Parameter(property = "dockerfile.gid")
    String gid;

    /** Main class of the java stack. Default: the maven-jar-plugin manifest's mainClass. */
    @Parameter(property = "dockerfile.mainClass")
    String mainClass;

    /** The start command, as one line (quotes allowed); replaces the detected one. Rendered in exec form. */
    @Parameter(property = "dockerfile.command")
    String command;

    /** JVM options of the JVM stacks. */
    @Parameter(property = "dockerfile.jvmOptions", defaultValue = Defaults.JVM_OPTIONS)
    String jvmOptions;

    /** Environment variables of the final stage. Values are literal: no $ expansion. */
    @Parameter
    Map<String, String> env;

    /** Labels of the image, added to (and overriding) the OCI labels taken from the POM. */
    @Parameter
    Map<String, String> labels;

    /** A HEALTHCHECK command, as one line; none by default. */
    @Parameter(property = "dockerfile.healthcheck")
    String healthcheck;

    /** source, artifact or auto: artifact when the module needs other modules of this reactor. */
    @Parameter(property = "dockerfile.buildMode", defaultValue = Defaults.BUILD_MODE)
    String buildMode;

    /**
     * exploded, jar or auto: how a JVM service's code is laid out in the image. exploded runs
     * target/classes with the dependency jars (a rebuild skips the jar, the repackage and the
     * extract); jar runs the packaged jar; auto chooses exploded for source builds without cds.
     */
    @Parameter(property = "dockerfile.layout", defaultValue = Defaults.LAYOUT)
    String layout;

    /** Where the Dockerfile and Dockerfile.dockerignore are written. */
    @Parameter(property = "dockerfile.outputDirectory", defaultValue = Defaults.OUTPUT_DIRECTORY)
    File outputDirectory;

    /** A directory of .ftl templates that override the built-in ones by file name. */
    @Parameter(property = "dockerfile.templateDirectory")
    File templateDirectory;

    /** Link a runtime of only the modules the application needs (jdeps + jlink) onto debian:bookworm-slim. */
    @Parameter(property = "dockerfile.jlink", defaultValue = Defaults.FALSE)
    boolean jlink;

    /** Class Data Sharing: a training run writes an archive the JVM starts with (Spring Boot 3.3+, plain jars). */
    @Parameter(property = "dockerfile.cds", defaultValue = Defaults.FALSE)
    boolean cds;

    /** BuildKit cache mounts for the package managers' caches (~/.m2, pip, npm), instead of caches in no layer (needs BuildKit). */
    @Parameter(property = "dockerfile.cacheMounts", defaultValue = Defaults.FALSE)
    boolean cacheMounts;

    /** Arguments for the builder's Maven, as one line: profiles, properties (-Pprod -Dfoo=bar). Data, never Dockerfile text. */
    @Parameter(property = "dockerfile.mavenArgs")
    String mavenArgs;

    /** Run the project's verification plugins (checkstyle, enforcer, jacoco, ...) in the builder too; they are skipped by default. */
    @Parameter(property = "dockerfile.verifyInBuilder", defaultValue = Defaults.FALSE)
    boolean verifyInBuilder;

    /** The source revision (commit id or tag) for the org.opencontainers.image.revision label, e.g. -Ddockerfile.revision=$GIT_SHA. */
    @Parameter(property = "dockerfile.revision")
    String revision;

    /** A registry and/or namespace put before every image name of the fleet file: registry.example.com/team/. */
    @Parameter(property = "dockerfile.imagePrefix")
    String imagePrefix;

    /** The fleet file, a compose.yaml of every service of the reactor. Default: target/docker/compose.yaml of the reactor root. */
    @Parameter(property = "dockerfile.fleetFile")
    File fleetFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Component
    ProjectDependenciesResolver dependenciesResolver;

    Settings settings() {
        return Settings.builder(outputDirectory.toPath())
                .stack(stack).port(port).builderImage(builderImage).runtimeImage(runtimeImage)
                .user(user).uid(uid).gid(gid).mainClass(mainClass).command(command).jvmOptions(jvmOptions)
                .env(env).labels(labels).healthcheck(healthcheck).buildMode(buildMode).layout(layout)
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .jlink(jlink).cds(cds).cacheMounts(cacheMounts)
                .mavenArgs(mavenArgs).verifyInBuilder(verifyInBuilder).revision(revision)
                .build();
    }

    /** The complete fleet file: where it goes and what it holds. */
    record FleetText(Path file, String text, FleetRegistry.Fleet fleet) {
    }

    /**
     * Tells the fleet what this module contributes ({@code rendering} {@code null} or skipped: no
     * service, and then {@code info} and {@code prefix} are not read). Returns the fleet file when
     * this module's report completed it, else {@code null}.
     *
     * @param info the module as the rendering read it
     * @param prefix {@code <imagePrefix>} as {@link ImagePrefix#of} checked it
     */
    FleetText reportToFleet(ProjectInfo info, String prefix, Rendering rendering) {
        MavenProject root = FleetRegistry.root(session);
        if (root == null) {
            return null;
        }
        Path file = fleetFile(root);
        String[] service = null;
        if (rendering != null && !rendering.isSkipped()) {
            FleetService fleetService = FleetService.of(info, rendering, prefix);
            service = new String[] {fleetService.name(), ComposeFile.service(file.getParent(), fleetService),
                    String.valueOf(rendering.fromArtifacts())};
        }
        FleetRegistry.Fleet fleet = FleetRegistry.report(session, mojoExecution, file, project, service);
        if (fleet == null || fleet.services().isEmpty()) {
            return null;
        }
        fleet.duplicates().forEach(id -> getLog().warn("dockerfile: " + id + " is left out of " + file.getFileName()
                + ": another module of the reactor has the same image name"));
        Path rootDir = root.getBasedir().toPath().toAbsolutePath().normalize();
        String fromRoot = DriftCheck.name(rootDir, file);
        return new FleetText(file, ComposeFile.file(root.getArtifactId(), fromRoot, fleet.services(),
                fleet.anyFromArtifacts()), fleet);
    }

    /** The fleet file this module reports to: {@code <fleetFile>}, else the reactor root's default. */
    Path fleetFile(MavenProject root) {
        return fleetFile != null ? fleetFile.toPath().toAbsolutePath().normalize()
                : Path.of(root.getBuild().getDirectory(), "docker", ComposeFile.NAME).toAbsolutePath().normalize();
    }
}
