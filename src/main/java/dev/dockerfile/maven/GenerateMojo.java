package dev.dockerfile.maven;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Defaults;
import dev.dockerfile.config.Settings;
import dev.dockerfile.generate.DockerfileGenerator;
import dev.dockerfile.generate.GenerationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * Writes an optimized multi-stage Dockerfile and its allow-list ignore file for this module into
 * {@code outputDirectory}, from the POM and the module's own files.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractDockerfileMojo {

    /** The stack (the README lists them: spring-boot, python, java, ...). Detected when unset. */
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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Component
    ProjectDependenciesResolver dependenciesResolver;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Settings settings = Settings.builder(outputDirectory.toPath())
                .stack(stack).port(port).builderImage(builderImage).runtimeImage(runtimeImage)
                .user(user).uid(uid).gid(gid).mainClass(mainClass).command(command).jvmOptions(jvmOptions)
                .env(env).labels(labels).healthcheck(healthcheck).buildMode(buildMode).layout(layout)
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .jlink(jlink).cds(cds).cacheMounts(cacheMounts)
                .mavenArgs(mavenArgs).verifyInBuilder(verifyInBuilder).revision(revision)
                .build();
        GenerationResult result;
        try {
            result = new DockerfileGenerator().generate(ProjectInfoReader.read(project, session), settings,
                    new MavenDependencyResolver(dependenciesResolver, project, session));
        } catch (ConfigurationException e) {
            throw new MojoFailureException("dockerfile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dockerfile: could not write to " + outputDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("dockerfile: " + e.getMessage(), e);
        }
        if (result.isSkipped()) {
            getLog().info("dockerfile: skipped " + project.getArtifactId() + ": " + result.skipReason());
            return;
        }
        result.notes().forEach(note -> getLog().info("dockerfile: " + note));
        result.warnings().forEach(warning -> getLog().warn("dockerfile: " + warning));
        Path base = project.getBasedir().toPath();
        result.written().forEach(p -> getLog().info("dockerfile: wrote " + relative(base, p)));
        result.unchanged().forEach(p -> getLog().info("dockerfile: unchanged " + relative(base, p)));
        getLog().info("dockerfile: build the image from " + base.getFileName() + "/ with: " + result.buildCommand());
    }

    private static Path relative(Path base, Path file) {
        return file.startsWith(base) ? base.relativize(file) : file;
    }
}
