package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatestTagTest {
    private final LatestTag rule = new LatestTag();

    @Test
    void catchesTheLatestTag() {
        assertEquals(List.of("1 DL3007"), lines(rule, "FROM debian:latest\n"));
        assertEquals(List.of("2 DL3007"), lines(rule, "FROM node:20 AS build\nFROM gcr.io/distroless/base:latest\n"));
        assertEquals(List.of("1 DL3007"), lines(rule, "FROM localhost:5000/app:latest AS app\n"));
        assertEquals(List.of("2 DL3007"), lines(rule, "ARG REG=quay.io\nFROM ${REG}/team/app:latest\n"));
    }

    @Test
    void passesOtherTagsDigestsAndStages() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nFROM debian\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:latest@sha256:0123456789abcdef\n"));
        assertEquals(List.of(), lines(rule, "FROM localhost:5000/latest\nFROM app:latest-2024\n"));
        assertEquals(List.of(), lines(rule, "ARG IMAGE=debian:latest\nFROM ${IMAGE}\n"));
    }
}
