package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndeclaredArgInFromTest {
    private final UndeclaredArgInFrom rule = new UndeclaredArgInFrom();

    @Test
    void catchesUndeclaredArguments() {
        assertEquals(List.of("1 UndefinedArgInFrom"), lines(rule, "FROM node:22${VARIANT} AS jsbuilder\n"));
        assertEquals(List.of("3 UndefinedArgInFrom"), lines(rule, "FROM alpine AS one\nARG BASE=alpine\nFROM ${BASE}\n"));
        assertEquals(List.of("2 UndefinedArgInFrom"), lines(rule, "ARG TAG=1\nFROM alpine:${TGA}\n"));
    }

    @Test
    void suggestsTheMeantArgument() {
        String message = findings(rule, "ARG TAG=1\nFROM alpine:${TGA}\n", LintContext.defaults()).get(0).message();
        assertTrue(message.contains("did you mean TAG?"), message);
        message = findings(rule, "FROM --platform=$BUILDPLATFROM alpine\n", LintContext.defaults()).get(0).message();
        assertTrue(message.contains("did you mean BUILDPLATFORM?"), message);
    }

    @Test
    void passesGlobalPlatformAndDefaultedArguments() {
        assertEquals(List.of(), lines(rule, "ARG BUILDER_IMAGE=maven:3.9-eclipse-temurin-17\n"
                + "ARG RUNTIME_IMAGE=eclipse-temurin:17-jre\nFROM ${BUILDER_IMAGE} AS builder\nFROM ${RUNTIME_IMAGE}\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"));
        assertEquals(List.of(), lines(rule, "ARG TAG\nFROM alpine:${TAG:-3.14}\nFROM alpine:${OTHER:-3.20}\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS build_amd64\nFROM build_${TARGETARCH}\n"));
    }
}
