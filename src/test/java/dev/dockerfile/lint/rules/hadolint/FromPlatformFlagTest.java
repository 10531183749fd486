package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FromPlatformFlagTest {
    private final FromPlatformFlag rule = new FromPlatformFlag();

    @Test
    void catchesConstantPlatforms() {
        assertEquals(List.of("1 DL3029"), lines(rule, "FROM --platform=linux/amd64 debian:12\n"));
        assertEquals(List.of("2 DL3029"),
                lines(rule, "FROM debian:12 AS a\nfrom --platform=linux/arm64 node:20 AS b\n"));
        assertEquals(List.of("1 DL3029"), lines(rule, "FROM --platform debian:12\n"));
    }

    @Test
    void passesVariablesAndNoFlag() {
        assertEquals(List.of(), lines(rule, "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=${TARGETPLATFORM} debian:12\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN echo --platform=linux/amd64\n"));
    }
}
