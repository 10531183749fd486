package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dockerfile.Projects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaReleaseTest {
    private final Path dir = Path.of(".");

    @Test
    void releaseBeatsJavaVersionBeatsTarget() {
        var all = JavaRelease.resolve(Projects.at(dir).property("maven.compiler.release", "21")
                .property("java.version", "17").property("maven.compiler.target", "11").build());
        assertEquals("21", all.release());
        assertEquals("Java 21 from maven.compiler.release", all.reason());
        assertEquals("17", JavaRelease.resolve(Projects.at(dir).property("java.version", "17")
                .property("maven.compiler.target", "11").build()).release());
        assertEquals("8", JavaRelease.resolve(Projects.at(dir).property("maven.compiler.target", "1.8").build()).release());
    }

    @Test
    void unusableValuesFallBackToTheDefault() {
        var d = JavaRelease.resolve(Projects.at(dir).property("maven.compiler.release", "${jdk}").build());
        assertEquals("17", d.release());
        assertEquals("Java 17 (default: the POM sets no release, target or source for maven-compiler-plugin)", d.reason());
        assertNull(JavaRelease.normalise("17.0.2"));
    }
}
