package dev.dockerfile.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.Settings;
import dev.dockerfile.model.RuntimeDependency;
import dev.dockerfile.stacks.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every template against every stack's plan: each stack renders its own template, and the shared
 * templates (the ignore file, every macro of common.ftl) render for every stack, which is what
 * "shared" means. (DocsTest holds docs/templates.md's list of template variables to the plan's records.)
 */
class StackTemplatesTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Stack.class)
    void eachStackRendersItsTemplateAndEverySharedMacro(Stack stack) throws Exception {
        Path module = Files.createDirectories(temp.resolve("module"));
        Path overrides = Files.createDirectories(temp.resolve("templates"));
        // The stack's own template, replaced by one that calls every macro common.ftl shares.
        Files.writeString(overrides.resolve(stack.template()), """
                <#import "common.ftl" as common>
                <@common.header/>
                <@common.baseImages/>
                FROM ${r"${RUNTIME_IMAGE}"}
                <@common.createUser/>
                WORKDIR ${workdir}
                <@common.copy c={"from": "", "source": "a", "target": "./a"}/>
                <@common.runtimeTail/>
                ENTRYPOINT ${entrypoint}
                """);
        Path dependency = Files.writeString(temp.resolve("dep.jar"), "jar");
        new DockerfileGenerator().generate(StackFixtures.of(stack, module),
                Settings.builder(module.resolve("target/docker")).templateDirectory(overrides).build(),
                () -> List.of(new RuntimeDependency(dependency, "dep-1.0.jar", false)));
        String probe = Files.readString(module.resolve("target/docker/Dockerfile"));
        assertTrue(probe.contains("(stack " + stack.id() + ", build mode "), probe);
        assertTrue(probe.contains("\nCOPY a ./a\n"), probe);
        assertTrue(probe.contains("\nUSER 10001:10001\nEXPOSE 3000\n"), probe);
        assertTrue(Files.readString(module.resolve("target/docker/Dockerfile.dockerignore")).contains("\n*\n"));

        // And the built-in template itself.
        Path plain = Files.createDirectories(temp.resolve("plain"));
        new DockerfileGenerator().generate(StackFixtures.of(stack, plain),
                Settings.builder(plain.resolve("target/docker")).build(),
                () -> List.of(new RuntimeDependency(dependency, "dep-1.0.jar", false)));
        String builtIn = Files.readString(plain.resolve("target/docker/Dockerfile"));
        assertTrue(builtIn.contains("\nUSER 10001:10001\nEXPOSE 3000\n"), builtIn);
    }

    @Test
    void everyTemplateFileBelongsToAStackOrIsShared() throws Exception {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(TEMPLATES)) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        TreeSet<String> known = new TreeSet<>(List.of(DockerfileGenerator.IGNORE_TEMPLATE, "common.ftl", "jvm.ftl"));
        for (Stack stack : Stack.values()) {
            known.add(stack.template());
        }
        assertEquals(known, files);
    }
}
