package dev.dockerfile.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
