package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UntaggedImageTest {
    private final UntaggedImage rule = new UntaggedImage();

    @Test
    void catchesImagesWithoutTagOrDigest() {
        assertEquals(List.of("1 DL3006"), lines(rule, "FROM debian\nRUN true\n"));
        assertEquals(List.of("1 DL3006"), lines(rule, "FROM --platform=$BUILDPLATFORM golang AS build\n"));
        assertEquals(List.of("1 DL3006"), lines(rule, "FROM localhost:5000/team/app\n"));
        assertEquals(List.of("3 DL3006"), lines(rule, "FROM debian:12 AS base\nRUN true\nFROM builder\n"));
    }

    @Test
    void passesTagsDigestsScratchStagesAndVariables() {
        assertEquals(List.of(), lines(rule, "FROM debian:12-slim\nFROM registry.example.com:5000/app:1.0\n"));
        assertEquals(List.of(), lines(rule, "FROM debian@sha256:0123456789abcdef\n"));
        assertEquals(List.of(), lines(rule, "FROM scratch\nFROM SCRATCH\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS Base\nFROM base\nFROM base AS final\n"));
        assertEquals(List.of(), lines(rule, "ARG IMAGE=debian:12\nFROM ${IMAGE} AS builder\nFROM $IMAGE\n"));
    }
}
