package dev.dockerfile.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    @Test
    void splitsRegistryPathTagAndDigestAsDockerDoes() {
        assertEquals(new ImageReference("docker.io", "library/debian", "12", null), ImageReference.split("debian:12"));
        assertEquals(new ImageReference("localhost:5000", "team/app", null, null),
                ImageReference.split("localhost:5000/team/app"));
        assertEquals(new ImageReference("gcr.io", "distroless/java17", "nonroot", "sha256:ab"),
                ImageReference.split("gcr.io/distroless/java17:nonroot@sha256:ab"));
        assertEquals(new ImageReference("docker.io", "bitnami/redis", null, null),
                ImageReference.split("index.docker.io/bitnami/redis"));
        assertEquals("eclipse-temurin", ImageReference.split("docker.io/library/eclipse-temurin:21").name());
        assertEquals("8080", ImageReference.split("registry.local:8080").tag(), "no slash: the colon starts a tag");
    }

    @Test
    void acceptsWhatDockerPullsAndNothingElse() {
        for (String valid : List.of("debian", "debian:12-slim", "ghcr.io/org/app:1.0", "localhost:5000/a/b",
                "[::1]:5000/app:x", "a__b.c-d/e", "busybox@sha256:" + "a".repeat(64), "r.io/x:1@sha256:" + "0".repeat(32),
                "a".repeat(ImageReference.MAX_NAME), "x:" + "t".repeat(ImageReference.MAX_TAG))) {
            assertTrue(ImageReference.isValid(valid), valid);
        }
        for (String invalid : List.of("", "Debian", "debian:", "-a", "a-", "a..b", "a___b", "busybox:${TAG}",
                "x:.tag", "x@sha256:short", "a".repeat(ImageReference.MAX_NAME + 1),
                "x:" + "t".repeat(ImageReference.MAX_TAG + 1), "a/".repeat(100_000) + "a")) {
            assertFalse(ImageReference.isValid(invalid), invalid.length() > 80 ? invalid.substring(0, 80) : invalid);
        }
    }

    @Test
    void variablesAreSeen() {
        assertTrue(ImageReference.hasVariable("eclipse-temurin:${JAVA}-jre"));
        assertFalse(ImageReference.hasVariable("eclipse-temurin:21-jre"));
    }

    @Test
    void windowsImagesAreKnown() {
        assertTrue(ImageReference.isWindows("mcr.microsoft.com/windows/nanoserver:ltsc2022"));
        assertTrue(ImageReference.isWindows("golang:1.23-windowsservercore-ltsc2022"));
        assertFalse(ImageReference.isWindows("debian:12"));
    }
}
