package dev.dockerfile.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockerfile.Projects;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Settings;
import dev.dockerfile.config.SettingsValidator;
import dev.dockerfile.model.ProjectInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDetectorTest {
    @TempDir
    Path dir;

    private StackDetector.Result detect(ProjectInfo project, String stack) throws ConfigurationException {
        return StackDetector.detect(project, SettingsValidator.validate(Settings.builder(dir).stack(stack).build()));
    }

    @Test
    void explicitStackWinsAndUnknownOnesFail() throws Exception {
        StackDetector.Result d = detect(Projects.at(dir).springBoot("3.5.7").build(), " Python ");
        assertEquals(Stack.PYTHON, d.stack());
        assertEquals("stack python: set by <stack> (-Ddockerfile.stack)", d.reason());
        var e = assertThrows(ConfigurationException.class, () -> detect(Projects.at(dir).build(), "cobol"));
        assertEquals("<stack> (-Ddockerfile.stack) is 'cobol', which is not a known stack. Use one of: "
                + Stack.allIds() + ", or remove it to detect the stack.", e.getMessage());
    }

    @Test
    void springBootPluginMeansSpringBoot() throws Exception {
        StackDetector.Result d = detect(Projects.at(dir).springBoot("4.0.7").mainClass("x.Y").build(), null);
        assertEquals(Stack.SPRING_BOOT, d.stack());
        assertEquals("stack spring-boot: spring-boot-maven-plugin 4.0.7 is in the build", d.reason());
    }

    @Test
    void pythonManifestsMeanPython() throws Exception {
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\n");
        StackDetector.Result d = detect(Projects.at(dir).packaging("pom").inReactor(true).build(), "");
        assertEquals(Stack.PYTHON, d.stack());
        assertEquals("stack python: pyproject.toml is in the module directory", d.reason());
    }

    @Test
    void jarWithMainClassIsJava() throws Exception {
        StackDetector.Result d = detect(Projects.at(dir).mainClass("com.example.Main").build(), null);
        assertEquals(Stack.JAVA, d.stack());
        assertEquals("stack java: jar packaging with main class com.example.Main from the maven-jar-plugin manifest",
                d.reason());
        StackDetector.Result configured = StackDetector.detect(Projects.at(dir).build(),
                SettingsValidator.validate(Settings.builder(dir).mainClass("com.example.Other").build()));
        assertEquals(Stack.JAVA, configured.stack());
        assertEquals("stack java: jar packaging, main class com.example.Other set by <mainClass> (-Ddockerfile.mainClass)",
                configured.reason());
    }

    @Test
    void frameworksAreToldByTheirPlugins() throws Exception {
        assertEquals(Stack.QUARKUS, detect(Projects.at(dir).plugin(new dev.dockerfile.model.BuildPlugin("io.quarkus",
                "quarkus-maven-plugin", "3.33.2", null, java.util.List.of())).build(), null).stack());
        assertEquals(Stack.QUARKUS, detect(Projects.at(dir).packaging("quarkus").build(), null).stack());
        assertEquals(Stack.MICRONAUT, detect(Projects.at(dir).mainClass("a.B").property("micronaut.version", "4.9.3")
                .build(), null).stack());
    }

    @Test
    void librariesAndAggregatorsAreNotServicesInAReactorOrAlone() throws Exception {
        for (boolean inReactor : new boolean[] {true, false}) {
            StackDetector.Result lib = detect(Projects.at(dir).inReactor(inReactor).build(), null);
            assertFalse(lib.isService());
            assertEquals("jar packaging without a main class or a service framework: a library, not a service. Set"
                    + " <mainClass> (-Ddockerfile.mainClass) or <stack> (-Ddockerfile.stack) to make it one.", lib.reason());
        }
        StackDetector.Result parent = detect(Projects.at(dir).packaging("pom").hasModules(true).build(), null);
        assertFalse(parent.isService());
    }

    @Test
    void nothingDetectableFailsAndSaysWhatToSet() {
        var e = assertThrows(ConfigurationException.class,
                () -> detect(Projects.at(dir).artifactId("site").packaging("war").build(), null));
        assertEquals("<stack> (-Ddockerfile.stack) is not set and nothing was detected in site (packaging war): no"
                + " spring-boot-maven-plugin, no quarkus-maven-plugin, no micronaut-maven-plugin, no requirements.txt or"
                + " pyproject.toml, no package.json, no jar with a main class."
                + " Set <stack> to one of: " + Stack.allIds() + ".", e.getMessage());
    }
}
