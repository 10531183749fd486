package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.analysis.VariablesTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDefaultImageFromArgTest {
    private final InvalidDefaultImageFromArg rule = new InvalidDefaultImageFromArg();

    @Test
    void catchesEmptyOrInvalidReferences() {
        assertEquals(List.of("2 InvalidDefaultArgInFrom"), lines(rule, "ARG TAG\nFROM busybox:${TAG}\n"));
        assertEquals(List.of("2 InvalidDefaultArgInFrom"), lines(rule, "ARG IMAGE\nFROM ${IMAGE} AS base\n"));
        assertEquals(List.of("2 InvalidDefaultArgInFrom"), lines(rule, "ARG REPO=MyRepo\nFROM ${REPO}:1\n"));
        assertEquals(List.of("2 InvalidDefaultArgInFrom"), lines(rule, "ARG DIGEST\nFROM alpine@${DIGEST}\n"));
        assertEquals(List.of("3 InvalidDefaultArgInFrom"), lines(rule, "ARG IMG=\"\"\nFROM alpine\nFROM $IMG\n"));
    }

    @Test
    void messageNamesTheArgWithoutDefault() {
        String message = findings(rule, "ARG TAG\nFROM busybox:${TAG}\n", LintContext.defaults()).get(0).message();
        assertTrue(message.contains("'busybox:'") && message.contains("`ARG TAG`"), message);
    }

    @Test
    void passesValidDefaults() {
        assertEquals(List.of(), lines(rule, "ARG TAG=latest\nFROM busybox:${TAG}\n"));
        assertEquals(List.of(), lines(rule, "ARG VARIANT\nFROM busybox:stable${VARIANT}\n"));
        assertEquals(List.of(), lines(rule, "ARG TAG\nFROM alpine:${TAG:-3.14}\n"));
        assertEquals(List.of(), lines(rule, "ARG BUILDER_IMAGE=maven:3.9-eclipse-temurin-17\n"
                + "FROM ${BUILDER_IMAGE} AS builder\n"));
        assertEquals(List.of(), lines(rule, "ARG REG=localhost:5000\nARG V=3.20\nARG IMG=${REG}/alpine:${V}\nFROM ${IMG}\n"));
        assertEquals(List.of(), lines(rule, "ARG RUNTIME_IMAGE=gcr.io/distroless/java17-debian12:nonroot\n"
                + "FROM ${RUNTIME_IMAGE}\n"));
    }

    @Test
    void passesStageNamesPlatformArgsAndLeavesUndeclaredOnesAlone() {
        assertEquals(List.of(), lines(rule, "ARG BASE=builder\nFROM alpine AS builder\nFROM ${BASE}\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS build_amd64\nFROM build_${TARGETARCH}\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:${UNDECLARED}\n"));
        assertEquals(List.of(), lines(rule, "ARG TAG=3.20\nFROM alpine:\"${TAG}\"\n"), "quotes are removed by the expansion");
        assertEquals(List.of("2 InvalidDefaultArgInFrom"), lines(rule, "ARG TAG\nFROM alpine:\"${TAG}\"\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=$BUILDPLATFORM golang:1.22\n"));
    }

    @Test
    void evaluatesDefaultsNestedThousandsDeepAndArgChainsThatExplode() {
        String deep = VariablesTest.nested(2_000, "busybox:");
        assertEquals(List.of("2 InvalidDefaultArgInFrom"), lines(rule, "ARG IMG=" + deep + "\nFROM ${IMG}\n"));
        assertEquals(List.of("1 InvalidDefaultArgInFrom"), lines(rule, "FROM " + deep + "\n"));
        assertEquals(List.of(), lines(rule, "FROM " + VariablesTest.nested(100_000, "alpine:3.20") + "\n"));
        // Each ARG ten times the one before: 10^10 characters if it were evaluated.
        StringBuilder chain = new StringBuilder("ARG A0=alpine\n");
        for (int i = 1; i <= 10; i++) {
            chain.append("ARG A").append(i).append('=').append(("$A" + (i - 1)).repeat(10)).append('\n');
        }
        assertEquals(List.of(), lines(rule, chain + "FROM ${A10}\n"));
    }
}
