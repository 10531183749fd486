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
    void theCompilerPluginsConfigurationWinsOverProperties() {
        var compiler = new dev.dockerfile.model.BuildPlugin("org.apache.maven.plugins", "maven-compiler-plugin", "3.14.0",
                dev.dockerfile.model.ConfigNode.of("configuration", dev.dockerfile.model.ConfigNode.leaf("release", "25")),
                java.util.List.of());
        var configured = JavaRelease.resolve(Projects.at(dir).plugin(compiler).property("maven.compiler.release", "17").build());
        assertEquals("25", configured.release());
        assertEquals("Java 25 from maven-compiler-plugin's <release>", configured.reason());
        var target = new dev.dockerfile.model.BuildPlugin("org.apache.maven.plugins", "maven-compiler-plugin", "3.14.0",
                null, java.util.List.of(new dev.dockerfile.model.BuildPlugin.Execution("default-compile", null,
                        java.util.List.of("compile"), dev.dockerfile.model.ConfigNode.of("configuration",
                                dev.dockerfile.model.ConfigNode.leaf("source", "21"), dev.dockerfile.model.ConfigNode.leaf("target", "21")))));
        assertEquals("Java 21 from maven-compiler-plugin's <target>", JavaRelease.resolve(Projects.at(dir).plugin(target)
                .property("java.version", "17").build()).reason());
        assertEquals("Java 17 from maven.compiler.release", JavaRelease.resolve(Projects.at(dir).plugin(target)
                .property("maven.compiler.release", "17").build()).reason());
    }

    @Test
    void unusableValuesFallBackToTheDefault() {
        var d = JavaRelease.resolve(Projects.at(dir).property("maven.compiler.release", "${jdk}").build());
        assertEquals("17", d.release());
        assertEquals("Java 17 (default: the POM sets no release, target or source for maven-compiler-plugin)", d.reason());
        assertNull(JavaRelease.normalise("17.0.2"));
    }
}
