package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantFromPlatformTest {
    private final ConstantFromPlatform rule = new ConstantFromPlatform();

    @Test
    void catchesConstantPlatforms() {
        assertEquals(List.of("1 FromPlatformFlagConstDisallowed"),
                lines(rule, "FROM --platform=linux/amd64 alpine AS base\nRUN apk add --no-cache git\n"));
        assertEquals(List.of("2 FromPlatformFlagConstDisallowed"),
                lines(rule, "FROM alpine AS a\nFROM --platform=linux/arm64 alpine\n"));
        assertEquals(List.of("1 FromPlatformFlagConstDisallowed"),
                lines(rule, "FROM --platform=\"linux/amd64\" alpine AS build\n"));
    }

    @Test
    void passesVariablesAndPlatformSpecificStages() {
        assertEquals(List.of(), lines(rule, "FROM alpine AS base\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=${BUILDPLATFORM} alpine AS base\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=$BUILDPLATFORM golang:1.22\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=linux/amd64 alpine AS build_amd64\n"
                + "FROM --platform=linux/arm64 alpine AS build_arm64\nFROM build_${TARGETARCH} AS build\n"));
    }
}
