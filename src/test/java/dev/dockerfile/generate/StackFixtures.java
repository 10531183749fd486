package dev.dockerfile.generate;

import dev.dockerfile.Projects;
import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.stacks.Stack;
import java.nio.file.Path;
import java.util.List;

/** One typical module of each stack, for tests that go over every stack. */
final class StackFixtures {
    private StackFixtures() {
    }

    /** A module of {@code stack} in {@code module} (fixture files are copied there). */
    static ProjectInfo of(Stack stack, Path module) {
        return switch (stack) {
            case SPRING_BOOT -> Projects.at(module).artifactId("web").springBoot("3.5.7").build();
            case QUARKUS -> Projects.at(module).artifactId("greeter").plugin(quarkus()).build();
            case MICRONAUT -> Projects.at(module).artifactId("mn").plugin(micronaut())
                    .property("exec.mainClass", "com.example.Application").build();
            case PYTHON -> Projects.at(GoldenFilesTest.copy("python-app", module)).artifactId("py").packaging("pom").build();
            case NODE -> Projects.at(GoldenFilesTest.copy("node-app", module)).artifactId("web-ui").packaging("pom").build();
            case JAVA -> Projects.at(module).artifactId("svc").mainClass("com.example.Main").build();
        };
    }

    static BuildPlugin quarkus() {
        return new BuildPlugin("io.quarkus.platform", "quarkus-maven-plugin", "3.33.2", null,
                List.of(new BuildPlugin.Execution("default", null, List.of("build", "generate-code"), null)));
    }

    static BuildPlugin micronaut() {
        return new BuildPlugin("io.micronaut.maven", "micronaut-maven-plugin", "4.9.0", null, List.of());
    }
}
