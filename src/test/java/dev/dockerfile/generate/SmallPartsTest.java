package dev.dockerfile.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dockerfile.Projects;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void createdComesFromTheOutputTimestampOnly() {
        assertEquals("2026-01-01T00:00:00Z", OciLabels.created("1767225600"));
        assertEquals("2026-01-01T22:00:00Z", OciLabels.created("2026-01-02T00:00:00+02:00"));
        assertNull(OciLabels.created("yesterday"));
        assertNull(OciLabels.created(" "));
        assertNull(OciLabels.created(null));
    }

    @Test
    void ociLabelsFromThePom() {
        Map<String, String> labels = OciLabels.from(Projects.at(Path.of(".")).artifactId("a").version("1")
                .description("multi\n\tline  text").licenses("MIT", "Apache-2.0").build(), "img:1");
        assertEquals(Map.of("org.opencontainers.image.title", "a", "org.opencontainers.image.version", "1",
                "org.opencontainers.image.description", "multi line text",
                "org.opencontainers.image.licenses", "MIT OR Apache-2.0",
                "org.opencontainers.image.base.name", "img:1"), labels);
    }

    @Test
    void springBootLayoutFollowsTheVersion() {
        assertEquals(new SpringBootLayout("tools", "org.springframework.boot.loader.launch.JarLauncher"),
                SpringBootLayout.forVersion("3.3.0"));
        assertEquals("java -Djarmode=tools -jar app.jar extract --layers --launcher --destination /layers",
                SpringBootLayout.forVersion("3.3.0").extractCommand(true));
        assertEquals("java -Djarmode=tools -jar app.jar extract --layers --destination /layers",
                SpringBootLayout.forVersion("3.5.7").extractCommand(false));
        assertEquals(true, SpringBootLayout.forVersion("3.3.0").supportsCds());
        assertEquals(false, SpringBootLayout.forVersion("3.2.5").supportsCds());
        assertEquals(SpringBootLayout.forVersion("3.3.0"), SpringBootLayout.forVersion("4.1.2"));
        assertEquals(SpringBootLayout.forVersion("3.3.0"), SpringBootLayout.forVersion(""));
        assertEquals("org.springframework.boot.loader.launch.JarLauncher", SpringBootLayout.forVersion("3.2.5").launcher());
        assertEquals("java -Djarmode=layertools -jar app.jar extract --destination /layers",
                SpringBootLayout.forVersion("3.2.5").extractCommand(true));
        assertEquals("org.springframework.boot.loader.JarLauncher", SpringBootLayout.forVersion("2.7.18").launcher());
    }

    @Test
    void runtimeFamilyFromTheImageName() {
        assertEquals("debian", RuntimeUser.family("eclipse-temurin:21-jre"));
        assertEquals("alpine", RuntimeUser.family("python:3.12-alpine"));
        assertEquals("distroless", RuntimeUser.family("gcr.io/distroless/python3-debian12:nonroot"));
        assertEquals("rhel", RuntimeUser.family("registry.access.redhat.com/ubi9/openjdk-21-runtime:1.21"));
    }
}
