package dev.dockerfile.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.Projects;
import dev.dockerfile.config.Settings;
import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Linter;
import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.lint.rules.Rules;
import dev.dockerfile.lint.shellcheck.InstalledShellcheck;
import dev.dockerfile.lint.shellcheck.Shellcheck;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.model.RuntimeDependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Dockerfile generate can emit, across stacks and a matrix of configurations, has zero findings of every level. */
class GeneratedDockerfilesPassCheckTest {
    @TempDir
    Path temp;

    private static final List<String> RUNTIMES = List.of("", "eclipse-temurin:21-jre-alpine",
            "gcr.io/distroless/java21-debian12:nonroot", "registry.access.redhat.com/ubi9/openjdk-21-runtime:1.21",
            "python:3.12-alpine", "python:3.11-slim-bookworm", "node:22-alpine");
    private static final List<UnaryOperator<Settings.Builder>> OPTIONS = List.of(
            s -> s,
            s -> s.port(8080).uid(20000).gid(20001).user("svc"),
            s -> s.env(Map.of("JAVA_TOOL_OPTIONS", "-Dfile.encoding=UTF-8", "APP_MODE", "$x \"y\""))
                    .labels(Map.of("team", "payments", "org.opencontainers.image.title", "Custom")),
            s -> s.healthcheck("curl -fsS http://127.0.0.1:3000/health").command("bin/start --port 3000"),
            s -> s.jvmOptions("-Xss512k -XX:+UseSerialGC").buildMode("artifact"),
            s -> s.jlink(true).cds(true).cacheMounts(true),
            s -> s.jlink(true).buildMode("artifact").cacheMounts(true),
            s -> s.cds(true).buildMode("artifact"),
            s -> s.mavenArgs("-Pprod -Dx='a b' -Dy=$(id)").verifyInBuilder(true).revision("0f3c2a1"));

    @Test
    void everyCombinationIsClean() throws Exception {
        assertClean(new Linter(Rules.all(), LintConfig.empty()));
    }

    /** hadolint users run ShellCheck over the RUN scripts too: what we generate must pass it at every level. */
    @Test
    void everyCombinationIsCleanUnderShellcheck() throws Exception {
        assertClean(new Linter(Rules.all(), LintConfig.empty(), new Shellcheck(InstalledShellcheck.require())));
    }

    private void assertClean(Linter linter) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String stack : List.of("python-app", "python-pyproject", "python-src", "java", "spring-boot", "spring-boot-2",
                "node-app", "node-build", "quarkus", "micronaut", "wrapper", "spring-boot-2.2")) {
            for (String runtime : RUNTIMES) {
                for (int o = 0; o < OPTIONS.size(); o++) {
                    Path module = Files.createDirectories(temp.resolve(stack + "-" + checked));
                    ProjectInfo project = project(stack, module);
                    Settings.Builder builder = OPTIONS.get(o).apply(Settings.builder(module.resolve("target/docker")));
                    if (!runtime.isEmpty()) {
                        builder.runtimeImage(runtime);
                    }
                    Path dependency = Files.writeString(module.resolve("dep.jar"), "jar");
                    new DockerfileGenerator().generate(project, builder.build(),
                            () -> List.of(new RuntimeDependency(dependency, "dep-1.0.jar", false)));
                    String text = Files.readString(module.resolve("target/docker/Dockerfile"));
                    for (Finding f : linter.lint(text, true)) {
                        problems.add(stack + " runtime=" + runtime + " options#" + o + ": line " + f.line() + " " + f.rule()
                                + " " + f.message());
                    }
                    checked++;
                }
            }
        }
        assertEquals(12 * RUNTIMES.size() * OPTIONS.size(), checked);
        assertEquals(List.of(), problems);
    }

    private static ProjectInfo project(String stack, Path module) {
        return switch (stack) {
            case "python-app", "python-pyproject", "python-src", "node-app", "node-build" ->
                    Projects.at(GoldenFilesTest.copy(stack, module)).packaging("pom").build();
            case "java" -> Projects.at(module).mainClass("com.example.Main").property("maven.compiler.release", "21").build();
            case "spring-boot" -> Projects.at(module).springBoot("3.5.7").property("java.version", "21").build();
            case "spring-boot-2.2" -> Projects.at(module).springBoot("2.2.4.RELEASE").build();
            case "quarkus" -> Projects.at(module).plugin(StackFixtures.quarkus()).build();
            case "micronaut" -> Projects.at(module).plugin(StackFixtures.micronaut()).property("exec.mainClass", "a.App").build();
            case "wrapper" -> Projects.at(GoldenFilesTest.copy("maven-wrapper", module)).mainClass("a.Main").build();
            default -> Projects.at(module).springBoot("2.7.18").version("1.0-SNAPSHOT").build();
        };
    }
}
