package dev.dockerfile.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dockerfile.Projects;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanPartsTest {

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
                .description("multi\n\tline  text").licenses("MIT", "Apache-2.0").build(), "img:1", null, new java.util.ArrayList<>());
        assertEquals(Map.of("org.opencontainers.image.title", "a", "org.opencontainers.image.version", "1",
                "org.opencontainers.image.description", "multi line text",
                "org.opencontainers.image.licenses", "MIT OR Apache-2.0",
                "org.opencontainers.image.base.name", "img:1"), labels);
    }

    @Test
    void runtimeFamilyFromTheImageName() {
        assertEquals(RuntimeUser.Family.DEBIAN, RuntimeUser.Family.of("eclipse-temurin:21-jre"));
        assertEquals(RuntimeUser.Family.ALPINE, RuntimeUser.Family.of("python:3.12-alpine"));
        assertEquals(RuntimeUser.Family.DISTROLESS, RuntimeUser.Family.of("gcr.io/distroless/python3-debian12:nonroot"));
        assertEquals(RuntimeUser.Family.RHEL, RuntimeUser.Family.of("registry.access.redhat.com/ubi9/openjdk-21-runtime:1.21"));
    }
}
