package dev.dockerfile.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.Settings;
import dev.dockerfile.model.RuntimeDependency;
import dev.dockerfile.plan.StackDetails;
import dev.dockerfile.plan.TemplateVariables;
import dev.dockerfile.stacks.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every template against every stack's plan: each stack renders its own template, and the shared
 * templates (the ignore file, every macro of common.ftl) render for every stack, which is what
 * "shared" means. The README's list of template variables is the one the plan's records give.
 */
class StackTemplatesTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final Path README = Path.of("README.md");
    private static final String START = "<!-- template-variables: generated from the plan's records by StackTemplatesTest -->\n";
    private static final String END = "<!-- /template-variables -->";

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

    @Test
    void readmeListsTheTemplateVariablesOfThePlanRecords() throws Exception {
        Map<Class<? extends StackDetails>, List<String>> parts = new LinkedHashMap<>();
        for (Stack stack : Stack.values()) {
            parts.computeIfAbsent(stack.planner().detailsType(), t -> new ArrayList<>()).add(stack.id());
        }
        String generated = TemplateVariables.markdown(parts);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md lacks the markers " + START.strip() + " ... " + END);
        String current = readme.substring(start + START.length(), end);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + generated
                    + readme.substring(end), StandardCharsets.UTF_8);
            current = generated;
        }
        assertEquals(generated, current, "README.md's template variables differ: run mvn test -Dgolden.update=true");
    }
}
