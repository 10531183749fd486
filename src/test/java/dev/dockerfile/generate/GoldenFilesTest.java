package dev.dockerfile.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.Projects;
import dev.dockerfile.config.Settings;
import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.model.RuntimeDependency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stack and the main configurations, compared byte for byte with src/test/resources/golden.
 * After a deliberate change, regenerate with {@code mvn test -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path temp;

    static Stream<Arguments> cases() {
        return Stream.of(
                golden("python-requirements", dir -> Projects.at(copy("python-app", dir)).artifactId("python-app")
                        .packaging("pom").name("Python app").description("Serves\n  greetings.").licenses("MIT")
                        .url("https://example.org").scmUrl("https://example.org/git")
                        .property("project.build.outputTimestamp", "2026-01-01T00:00:00Z"), s -> s),
                golden("python-pyproject", dir -> Projects.at(copy("python-pyproject", dir)).artifactId("svc").packaging("pom"),
                        s -> s.port(8080).healthcheck("python -c \"import urllib.request as u; u.urlopen('http://127.0.0.1:8080/')\"")),
                golden("python-src-layout", dir -> Projects.at(copy("python-src", dir)).artifactId("shop").packaging("pom"),
                        s -> s.env(Map.of("B_VAR", "two words", "A_VAR", "$HOME \"quoted\" \\")).labels(Map.of("team", "shop",
                                "org.opencontainers.image.title", "Shop"))),
                golden("java-source", dir -> Projects.at(dir).artifactId("orders").mainClass("com.example.orders.Main")
                        .property("maven.compiler.release", "21").vendor("Example").licenses("Apache-2.0", "MIT"), s -> s),
                golden("java-artifact", dir -> Projects.at(dir).artifactId("orders").version("2.0-SNAPSHOT")
                        .mainClass("com.example.orders.Main").reactorDependency("it depends on dev.example:lib from this reactor"),
                        s -> s.jvmOptions("-Xss512k -XX:MaxRAMPercentage=60").uid(20000).gid(20001).user("orders")),
                golden("java-alpine-command", dir -> Projects.at(dir).artifactId("tool").mainClass("com.example.Tool"),
                        s -> s.runtimeImage("eclipse-temurin:17-jre-alpine").builderImage("maven:3.9.9-eclipse-temurin-17")
                                .command("java -jar /app/app.jar --port 3000")),
                golden("spring-boot-source", dir -> Projects.at(dir).artifactId("web").springBoot("4.0.7")
                        .property("java.version", "21").version("0.3.0-SNAPSHOT").file(
                                "src/main/java/com/example/web/WebApplication.java", "package com.example.web;\n\n"
                                + "@SpringBootApplication\npublic class WebApplication {\n"
                                + "    public static void main(String[] args) {\n"
                                + "        SpringApplication.run(WebApplication.class, args);\n    }\n}\n"), s -> s),
                golden("spring-boot-artifact-legacy", dir -> Projects.at(dir).artifactId("web").springBoot("2.7.18")
                        .property("maven.compiler.target", "1.8"), s -> s.buildMode("artifact")),
                golden("spring-boot-distroless", dir -> Projects.at(dir).artifactId("web").plugin(new BuildPlugin(
                        "org.springframework.boot", "spring-boot-maven-plugin", "3.2.5", ConfigNode.of("configuration",
                                ConfigNode.of("excludes", ConfigNode.of("exclude", ConfigNode.leaf("groupId", "org.projectlombok"),
                                        ConfigNode.leaf("artifactId", "lombok")))), List.of()))
                        .file("src/main/kotlin/com/example/web/WebApplication.kt", "package com.example.web\n\n"
                                + "@SpringBootApplication\nclass WebApplication\n\n"
                                + "fun main(args: Array<String>) {\n    runApplication<WebApplication>(*args)\n}\n"),
                        s -> s.runtimeImage("gcr.io/distroless/java17-debian12:nonroot")),
                golden("java-jlink-cds-cache", dir -> Projects.at(dir).artifactId("orders").mainClass("com.example.orders.Main"),
                        s -> s.jlink(true).cds(true).cacheMounts(true)),
                golden("java-artifact-jlink", dir -> Projects.at(dir).artifactId("orders").mainClass("com.example.orders.Main")
                        .reactorDependency("it depends on dev.example:lib from this reactor"), s -> s.jlink(true)),
                golden("spring-boot-jlink-cds", dir -> Projects.at(dir).artifactId("web").springBoot("3.5.7"),
                        s -> s.jlink(true).cds(true)),
                golden("spring-boot-aot-cache-25", dir -> Projects.at(dir).artifactId("web").springBoot("3.5.7")
                        .property("java.version", "25"), s -> s.cds(true)),
                golden("spring-boot-cds-legacy-ignored", dir -> Projects.at(dir).artifactId("web").springBoot("3.1.0"),
                        s -> s.cds(true).cacheMounts(true)),
                golden("python-fastapi", dir -> Projects.at(copy("python-fastapi", dir)).artifactId("items").packaging("pom"), s -> s),
                golden("python-flask-gunicorn", dir -> Projects.at(copy("python-flask", dir)).artifactId("site").packaging("pom"),
                        s -> s),
                golden("python-django-native", dir -> Projects.at(copy("python-django", dir)).artifactId("mysite")
                        .packaging("pom"), s -> s.cacheMounts(true)),
                golden("python-procfile-poetry", dir -> Projects.at(copy("python-procfile", dir)).artifactId("shop")
                        .packaging("pom"), s -> s.port(8000)),
                golden("python-cache-mounts", dir -> Projects.at(copy("python-app", dir)).artifactId("python-app")
                        .packaging("pom"), s -> s.cacheMounts(true)),
                golden("node-express", dir -> Projects.at(copy("node-app", dir)).artifactId("web-ui").packaging("pom")
                        .description("The shop's front end"), s -> s),
                golden("node-build-cache", dir -> Projects.at(copy("node-build", dir)).artifactId("api").packaging("pom"),
                        s -> s.cacheMounts(true).port(8080).env(Map.of("NODE_ENV", "staging"))),
                golden("java-wrapper-verifiers-mavenargs", dir -> Projects.at(copy("maven-wrapper", dir)).artifactId("billing")
                        .mainClass("com.example.billing.Main").plugin(plugin("org.apache.maven.plugins", "maven-compiler-plugin",
                                ConfigNode.leaf("release", "21")))
                        .plugin(plugin("org.apache.maven.plugins", "maven-checkstyle-plugin",
                                ConfigNode.leaf("configLocation", "config/checkstyle.xml")))
                        .plugin(plugin("org.jacoco", "jacoco-maven-plugin", null))
                        .plugin(plugin("io.github.git-commit-id", "git-commit-id-maven-plugin", null)),
                        s -> s.mavenArgs("-Pprod -Dgreeting='hello world' -Dx=$(id)")),
                golden("micronaut-shaded", dir -> Projects.at(dir).artifactId("mn-app").plugin(StackFixtures.micronaut())
                        .property("exec.mainClass", "com.example.Application").plugin(shade(ConfigNode.of("configuration",
                                ConfigNode.of("transformers", new ConfigNode("transformer", null, Map.of("implementation",
                                        "org.apache.maven.plugins.shade.resource.ManifestResourceTransformer"),
                                        List.of(ConfigNode.leaf("mainClass", "${exec.mainClass}"))))))), s -> s.port(8080)),
                golden("java-shaded-fat-manifest", dir -> Projects.at(dir).artifactId("verticles").plugin(shade(
                        ConfigNode.of("configuration", ConfigNode.leaf("shadedArtifactAttached", "true"),
                                ConfigNode.leaf("shadedClassifierName", "fat"),
                                ConfigNode.of("transformers", new ConfigNode("transformer", null, Map.of("implementation",
                                        "org.apache.maven.plugins.shade.resource.ManifestResourceTransformer"),
                                        List.of(ConfigNode.of("manifestEntries", ConfigNode.leaf("Main-Class",
                                                "io.vertx.core.Launcher"), ConfigNode.leaf("Main-Verticle",
                                                "com.example.MainVerticle")))))))), s -> s.cds(true)),
                golden("quarkus-fast-jar", dir -> Projects.at(dir).artifactId("greeter").plugin(StackFixtures.quarkus())
                        .property("maven.compiler.release", "21"), s -> s.port(8080)),
                golden("quarkus-uber-artifact", dir -> Projects.at(copy("quarkus-uber", dir)).artifactId("greeter")
                        .plugin(StackFixtures.quarkus()), s -> s.buildMode("artifact")),
                golden("quarkus-legacy-jlink", dir -> Projects.at(dir).artifactId("greeter").plugin(StackFixtures.quarkus())
                        .property("quarkus.package.type", "legacy-jar"), s -> s.jlink(true)),
                golden("spring-boot-labels", dir -> Projects.at(dir).groupId("com.example.shop").artifactId("shop")
                        .springBoot("4.0.7").description("Parent pom providing dependency and plugin management")
                        .url("https://spring.io/projects/spring-boot/shop").scmUrl("scm:git:git@github.com:example/shop.git")
                        .licenses("The Apache Software License, Version 2.0", "Some Custom Licence")
                        .inherited("description", "org.springframework.boot", "spring-boot-starter-parent", false)
                        .inherited("url", "org.springframework.boot", "spring-boot-starter-parent", false),
                        s -> s.revision("0f3c2a1")),
                golden("spring-boot-2.2-fat", dir -> Projects.at(dir).artifactId("legacy").springBoot("2.2.4.RELEASE")
                        .property("java.version", "1.8"), s -> s.jlink(true)),
                golden("spring-boot-2.2-fat-artifact", dir -> Projects.at(dir).artifactId("legacy").springBoot("2.2.4.RELEASE"),
                        s -> s.buildMode("artifact")),
                golden("spring-boot-ubi", dir -> Projects.at(dir).artifactId("web").springBoot("3.5.7"),
                        s -> s.runtimeImage("registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21")));
    }

    private static BuildPlugin plugin(String groupId, String artifactId, ConfigNode setting) {
        return new BuildPlugin(groupId, artifactId, "1.0", setting == null ? null : ConfigNode.of("configuration", setting),
                List.of());
    }

    private static BuildPlugin shade(ConfigNode configuration) {
        return new BuildPlugin("org.apache.maven.plugins", "maven-shade-plugin", "3.6.0", null,
                List.of(new BuildPlugin.Execution("default", "package", List.of("shade"), configuration)));
    }

    private static Arguments golden(String name, Function<Path, Projects> project,
            Function<Settings.Builder, Settings.Builder> settings) {
        return Arguments.of(name, project, settings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedFilesMatchGolden(String name, Function<Path, Projects> project,
            Function<Settings.Builder, Settings.Builder> settings) throws Exception {
        Path module = Files.createDirectories(temp.resolve("module"));
        ProjectInfo info = project.apply(module).build();
        Path out = module.resolve("target/docker");
        Settings config = settings.apply(Settings.builder(out)).build();
        Path dependency = Files.write(temp.resolve("gson.jar"), new byte[] {1, 2, 3});
        new DockerfileGenerator().generate(info, config,
                () -> List.of(new RuntimeDependency(dependency, "gson-2.11.0.jar", false)));

        assertGolden(name + ".Dockerfile", out.resolve("Dockerfile"));
        assertGolden(name + ".dockerignore", out.resolve("Dockerfile.dockerignore"));
    }

    /**
     * Copies a fixture project from src/test/resources/projects into the test's module directory,
     * with its file modes (an executable mvnw).
     */
    static Path copy(String fixture, Path module) {
        Path source = Path.of("src/test/resources/projects", fixture);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = module.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return module;
    }

    private static void assertGolden(String goldenName, Path actualFile) throws IOException {
        String actual = Files.readString(actualFile, StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(goldenName);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
    }
}
