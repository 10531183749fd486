package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

import dev.dockerfile.lint.LintContext;
import java.util.Set;

class UntrustedRegistryTest {
    private final UntrustedRegistry rule = new UntrustedRegistry();

    private static LintContext trusting(String... registries) {
        return new LintContext(Set.of(registries), true);
    }

    @Test
    void catchesImagesFromOtherRegistries() {
        assertEquals(List.of("1 DL3026"), lines(rule, "FROM debian:12\n", trusting("my.registry.com")));
        assertEquals(List.of("2 DL3026"), lines(rule, "FROM debian:12 AS a\nFROM quay.io/team/app:1\n",
                trusting("docker.io")));
        assertEquals(List.of("2 DL3026"), lines(rule, "ARG IMAGE=gcr.io/distroless/base:nonroot\nFROM ${IMAGE}\n",
                trusting("docker.io")));
        assertEquals(List.of("3 DL3026", "4 DL3026"), lines(rule, "FROM my.io/debian:12 AS build\n"
                + "FROM my.io/debian:12\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n"
                + "RUN --mount=type=bind,from=evil.io/tools:1,target=/t /t/run\n", trusting("my.io")));
        assertEquals(List.of("1 DL3026"), lines(rule, "FROM gcr.io/other/base:1\n", trusting("gcr.io/distroless")));
        // A fragment without FROM is read as one stage, as hadolint does.
        assertEquals(List.of("1 DL3026"), lines(rule, "RUN --mount=type=cache,from=evil.io/cache:1,target=/c make\n",
                trusting("my.registry.com")));
    }

    @Test
    void passesTrustedRegistriesStagesScratchAndUnknownVariables() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nFROM docker.io/library/node:20\n", trusting("docker.io")));
        assertEquals(List.of(), lines(rule, "FROM scratch\nFROM my.registry.com/debian:12 AS build\nFROM build\n"
                + "COPY --from=build /a /a\nCOPY --from=0 /a /b\n", trusting("my.registry.com")));
        assertEquals(List.of(), lines(rule, "FROM ${BASE}\nFROM $OTHER:1\n", trusting("my.registry.com")));
        assertEquals(List.of(), lines(rule, "ARG BASE=build\nFROM my.io/debian:12 AS build\nFROM ${BASE}\n",
                trusting("my.io")));
        assertEquals(List.of(), lines(rule, "FROM eu.artifactory.example.com/team/app:1\n",
                trusting("*.example.com")));
        assertEquals(List.of(), lines(rule, "FROM gcr.io/distroless/java17:nonroot\n", trusting("gcr.io/distroless")));
        assertEquals(List.of(), lines(rule, "ARG IMAGE\nFROM ${IMAGE:-registry.example.com/app:1}\n",
                trusting("registry.example.com")));
    }

    @Test
    void isOffWithoutTrustedRegistries() {
        assertEquals(List.of(), lines(rule, "FROM quay.io/evil/app:1\nFROM debian\n"));
    }
}
