package dev.dockerfile.stacks.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockerfile.Projects;
import dev.dockerfile.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarkusPackageTest {
    @TempDir
    Path dir;

    private void properties(String text) throws Exception {
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(dir.resolve(QuarkusPackage.APPLICATION_PROPERTIES), text);
    }

    @Test
    void thePomWinsThenProdThenApplicationProperties() throws Exception {
        assertEquals(QuarkusPackage.FAST_JAR, QuarkusPackage.of(Projects.at(dir).build()).type());
        properties("quarkus.package.jar.type=legacy-jar\n%prod.quarkus.package.jar.type = uber-jar\n");
        QuarkusPackage.Chosen prod = QuarkusPackage.of(Projects.at(dir).build());
        assertEquals(QuarkusPackage.UBER_JAR, prod.type());
        assertEquals("uber-jar from %prod.quarkus.package.jar.type in src/main/resources/application.properties", prod.reason());
        QuarkusPackage.Chosen pom = QuarkusPackage.of(Projects.at(dir).property("quarkus.package.jar.type", "mutable-jar").build());
        assertEquals(QuarkusPackage.FAST_JAR, pom.type());
        assertEquals("mutable-jar from the POM's property quarkus.package.jar.type", pom.reason());
    }

    @Test
    void theOlderNamesCount() throws Exception {
        properties("quarkus.package.type=legacy-jar\n");
        assertEquals(QuarkusPackage.LEGACY_JAR, QuarkusPackage.of(Projects.at(dir).build()).type());
        properties("quarkus.package.uber-jar=true\n");
        assertEquals(QuarkusPackage.UBER_JAR, QuarkusPackage.of(Projects.at(dir).build()).type());
    }

    @Test
    void nativeIsNotAJvmImage() throws Exception {
        var e = assertThrows(ConfigurationException.class,
                () -> QuarkusPackage.of(Projects.at(dir).property("quarkus.package.type", "native").build()));
        assertEquals("The Quarkus package type is 'native' (the POM's property quarkus.package.type): the quarkus stack"
                + " builds JVM images from fast-jar, uber-jar or legacy-jar. For a native image use Quarkus's own"
                + " Dockerfile.native, or set quarkus.package.jar.type to one of those.", e.getMessage());
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.write(dir.resolve(QuarkusPackage.APPLICATION_PROPERTIES), new byte[] {'a', '=', (byte) 0xff, (byte) 0xfe});
        var binary = assertThrows(ConfigurationException.class, () -> QuarkusPackage.of(Projects.at(dir).build()));
        assertEquals("src/main/resources/application.properties is not UTF-8 text. Save it as UTF-8.", binary.getMessage());
    }
}
