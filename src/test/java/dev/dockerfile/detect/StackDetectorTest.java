package dev.dockerfile.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockerfile.Projects;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.model.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDetectorTest {
    @TempDir
    Path dir;

    @Test
    void explicitStackWinsAndUnknownOnesFail() throws Exception {
        Detection d = StackDetector.detect(Projects.at(dir).springBoot("3.5.7").build(), " Python ");
        assertEquals(Stack.PYTHON, d.stack());
        assertEquals("stack python: set by <stack> (-Ddockerfile.stack)", d.reason());
        var e = assertThrows(ConfigurationException.class, () -> StackDetector.detect(Projects.at(dir).build(), "node"));
        assertEquals("<stack> (-Ddockerfile.stack) is 'node', which is not a known stack. Use one of: python,"
                + " spring-boot, java, or remove it to detect the stack.", e.getMessage());
    }

    @Test
    void springBootPluginMeansSpringBoot() throws Exception {
        Detection d = StackDetector.detect(Projects.at(dir).springBoot("4.0.7").mainClass("x.Y").build(), null);
        assertEquals(Stack.SPRING_BOOT, d.stack());
        assertEquals("stack spring-boot: spring-boot-maven-plugin 4.0.7 is in the build", d.reason());
    }

    @Test
    void pythonManifestsMeanPython() throws Exception {
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\n");
        Detection d = StackDetector.detect(Projects.at(dir).packaging("pom").inReactor(true).build(), "");
        assertEquals(Stack.PYTHON, d.stack());
        assertEquals("stack python: pyproject.toml is in the module directory", d.reason());
    }

    @Test
    void jarWithMainClassIsJava() throws Exception {
        Detection d = StackDetector.detect(Projects.at(dir).mainClass("com.example.Main").build(), null);
        assertEquals(Stack.JAVA, d.stack());
        assertEquals("stack java: jar packaging with main class com.example.Main from the maven-jar-plugin manifest",
                d.reason());
        assertEquals(Stack.JAVA, StackDetector.detect(Projects.at(dir).build(), null).stack());
    }

    @Test
    void librariesAndAggregatorsInAReactorAreNotServices() throws Exception {
        Detection lib = StackDetector.detect(Projects.at(dir).inReactor(true).build(), null);
        assertFalse(lib.isService());
        assertEquals("jar packaging without a main class: a library, not a service. Set <mainClass>"
                + " (-Ddockerfile.mainClass) to make it one.", lib.reason());
        Detection parent = StackDetector.detect(Projects.at(dir).packaging("pom").hasModules(true).build(), null);
        assertFalse(parent.isService());
    }

    @Test
    void nothingDetectableFailsAndSaysWhatToSet() {
        var e = assertThrows(ConfigurationException.class,
                () -> StackDetector.detect(Projects.at(dir).artifactId("site").packaging("war").build(), null));
        assertEquals("<stack> (-Ddockerfile.stack) is not set and nothing was detected in site (packaging war): no"
                + " spring-boot-maven-plugin, no requirements.txt or pyproject.toml, no jar with a main class. Set <stack>"
                + " to one of: python, spring-boot, java.", e.getMessage());
    }
}
