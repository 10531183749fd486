package dev.dockerfile.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {
    @TempDir
    Path dir;

    @Test
    void userTemplateOverridesTheBuiltInByName() throws Exception {
        Files.writeString(dir.resolve("dockerignore.ftl"), "${marker}: custom\n*\n!only-this\n");
        String text = new TemplateRenderer(dir).render("dockerignore.ftl", Map.of("marker", "# M"));
        assertEquals("# M: custom\n*\n!only-this\n", text);
    }

    @Test
    void numbersRenderWithoutGroupingWhateverTheLocale() throws Exception {
        Files.writeString(dir.resolve("n.ftl"), "USER ${uid}\n");
        assertEquals("USER 10001\n", new TemplateRenderer(dir).render("n.ftl", Map.of("uid", 10001)));
    }

    @Test
    void missingVariableInUserTemplateFailsWithItsLine() throws Exception {
        Files.writeString(dir.resolve("python.Dockerfile.ftl"), "# ok\n\nFROM ${baseImage}\n");
        var e = assertThrows(ConfigurationException.class, () -> new TemplateRenderer(dir).render("python.Dockerfile.ftl", Map.of()));
        assertEquals(Parameter.TEMPLATE_DIRECTORY, e.parameter());
        assertEquals("<templateDirectory> (-Ddockerfile.templateDirectory) holds a broken template: 'python.Dockerfile.ftl'"
                + " line 3: The following has evaluated to null or missing: ==> baseImage. Fix the template, or delete it"
                + " to use the built-in one.", e.getMessage());
    }

    @Test
    void syntaxErrorInUserTemplateFails() throws Exception {
        Files.writeString(dir.resolve("java.Dockerfile.ftl"), "<#if x>\nno end\n");
        var e = assertThrows(ConfigurationException.class, () -> new TemplateRenderer(dir).render("java.Dockerfile.ftl", Map.of()));
        assertTrue(e.getMessage().contains("holds a broken template: 'java.Dockerfile.ftl' line"), e.getMessage());
    }

    @Test
    void builtInTemplateWithMissingVariableIsOurDefect() throws Exception {
        var e = assertThrows(IllegalStateException.class, () -> new TemplateRenderer(null).render("python.Dockerfile.ftl", Map.of()));
        assertEquals("Built-in template 'common.ftl' line 3 failed: The following has evaluated to null or missing:"
                + " ==> generated", e.getMessage());
    }

    @Test
    void unknownTemplateAndMissingDirectoryNameTheParameter() throws Exception {
        var missing = assertThrows(ConfigurationException.class, () -> new TemplateRenderer(dir.resolve("nope")));
        assertEquals("<templateDirectory> (-Ddockerfile.templateDirectory) is 'nope', which is not a directory. Create it"
                + " with your .ftl overrides, or remove the parameter to use the built-in templates.", missing.getMessage());
        var unknown = assertThrows(ConfigurationException.class, () -> new TemplateRenderer(dir).render("go.Dockerfile.ftl", Map.of()));
        assertEquals("<templateDirectory> (-Ddockerfile.templateDirectory) has no template 'go.Dockerfile.ftl' and none is"
                + " built in. Name your override after a built-in template.", unknown.getMessage());
    }

    @Test
    void classResolutionInTemplatesIsForbidden() throws Exception {
        Files.writeString(dir.resolve("evil.ftl"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        var e = assertThrows(ConfigurationException.class, () -> new TemplateRenderer(dir).render("evil.ftl", Map.of()));
        assertTrue(e.getMessage().contains("holds a broken template: 'evil.ftl' line 1"), e.getMessage());
    }

    @Test
    void normaliseUsesLfStripsTrailingBlanksAndCollapsesBlankRuns() {
        assertEquals("a\n\nb\n", TemplateRenderer.normalise("\r\na  \r\n\r\n\r\n\nb\t\n\n"));
    }

    @Test
    void aMacroThatCallsItselfFailsWithTheTemplateNotTheJvm() throws Exception {
        Files.writeString(dir.resolve("java.Dockerfile.ftl"), "<#macro m><@m/></#macro>\n<@m/>\n");
        var e = assertThrows(ConfigurationException.class,
                () -> new TemplateRenderer(dir).render("java.Dockerfile.ftl", Map.of()));
        assertEquals("<templateDirectory> (-Ddockerfile.templateDirectory) holds templates (java.Dockerfile.ftl) with"
                + " which 'java.Dockerfile.ftl' nests macro or function calls too deep (one that calls itself without"
                + " end?). Fix the template, or delete it to use the built-in one.", e.getMessage());
    }

    @Test
    void aLoopWithoutEndIsStoppedByTheOutputLimit() throws Exception {
        Files.writeString(dir.resolve("java.Dockerfile.ftl"), "<#list 1.. as i>RUN echo ${i}\n</#list>\n");
        long start = System.nanoTime();
        var e = assertThrows(ConfigurationException.class,
                () -> new TemplateRenderer(dir).render("java.Dockerfile.ftl", Map.of()));
        assertTrue(e.getMessage().contains("'java.Dockerfile.ftl' writes more than 1024 KiB at 'java.Dockerfile.ftl'"
                + " line 1 (a loop that does not end?)"), e.getMessage());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped long before the JVM would run out of memory");
    }

    @Test
    void aLoopWithoutOutputIsStoppedByTheTimeLimit() throws Exception {
        Files.writeString(dir.resolve("java.Dockerfile.ftl"), "<#list 1.. as i></#list>\n");
        var e = assertThrows(ConfigurationException.class,
                () -> new TemplateRenderer(dir, java.time.Duration.ofMillis(300)).render("java.Dockerfile.ftl", Map.of()));
        assertTrue(e.getMessage().contains("'java.Dockerfile.ftl' ran for more than 0 s (a loop that does not end?)"),
                e.getMessage());
    }

    @Test
    void anErrorInABuiltInMacroIsBlamedOnTheOverrideThatCalledIt() throws Exception {
        Files.writeString(dir.resolve("java.Dockerfile.ftl"), "<#import \"common.ftl\" as common>\n# x\n"
                + "<@common.copy {\"source\": \"a\"}/>\n");
        var e = assertThrows(ConfigurationException.class,
                () -> new TemplateRenderer(dir).render("java.Dockerfile.ftl", Map.of()));
        assertTrue(e.getMessage().startsWith("<templateDirectory> (-Ddockerfile.templateDirectory) holds a broken"
                + " template: 'java.Dockerfile.ftl' line 3 (in 'common.ftl' line "), e.getMessage());
    }

    @Test
    void misnamedOverridesAreReportedWithTheNamesExpected() throws Exception {
        Files.writeString(dir.resolve("Java.Dockerfile.ftl"), "x\n");
        Files.writeString(dir.resolve("helpers.ftl"), "<#macro h>h</#macro>\n");
        Files.writeString(dir.resolve("python.Dockerfile.ftl"), "<#import \"helpers.ftl\" as h><@h.h/>\n");
        Files.writeString(dir.resolve("unused.ftl"), "x\n");
        Files.writeString(dir.resolve("README.md"), "not a template\n");
        List<String> warnings = new TemplateRenderer(dir).warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals("<templateDirectory> (-Ddockerfile.templateDirectory) holds 'Java.Dockerfile.ftl', which overrides"
                + " no built-in template and is not imported by one, so it is not used (did you mean"
                + " 'java.Dockerfile.ftl'?). Templates you can override: common.ftl, dockerignore.ftl,"
                + " java.Dockerfile.ftl, jvm.ftl, node.Dockerfile.ftl, python.Dockerfile.ftl, quarkus.Dockerfile.ftl,"
                + " spring-boot.Dockerfile.ftl.", warnings.get(0));
        assertTrue(warnings.get(1).startsWith("<templateDirectory> (-Ddockerfile.templateDirectory) holds 'unused.ftl',"),
                warnings.get(1));
    }

    @Test
    void aDanglingOverrideIsAnErrorNotASilentFallback() throws Exception {
        Files.createSymbolicLink(dir.resolve("java.Dockerfile.ftl"), dir.resolve("gone.ftl"));
        var e = assertThrows(ConfigurationException.class, () -> new TemplateRenderer(dir));
        assertEquals("<templateDirectory> (-Ddockerfile.templateDirectory) holds 'java.Dockerfile.ftl', which cannot be"
                + " read (a symbolic link to a missing file): the built-in template would be used in its place."
                + " Fix or remove it.", e.getMessage());
    }

    @Test
    void anOverrideLinkedFromOutsideTheDirectoryIsUsed(@TempDir Path shared) throws Exception {
        Files.writeString(shared.resolve("dockerignore.ftl"), "shared\n");
        Files.createSymbolicLink(dir.resolve("dockerignore.ftl"), shared.resolve("dockerignore.ftl"));
        assertEquals("shared\n", new TemplateRenderer(dir).render("dockerignore.ftl", Map.of()));
    }

    @Test
    void theListOfBuiltInTemplatesIsTheTemplatesDirectory() throws Exception {
        try (var files = Files.list(Path.of("templates"))) {
            assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(), TemplateOverrides.BUILT_IN);
        }
    }
}
