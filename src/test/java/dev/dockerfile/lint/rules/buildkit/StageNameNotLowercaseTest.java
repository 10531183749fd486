package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageNameNotLowercaseTest {
    private final StageNameNotLowercase rule = new StageNameNotLowercase();

    @Test
    void catchesUpperCaseStageNames() {
        assertEquals(List.of("1 StageNameCasing"), lines(rule, "FROM alpine AS BuilderBase\n"));
        assertEquals(List.of("2 StageNameCasing"), lines(rule, "FROM alpine AS build\nFROM debian AS Runtime\n"));
        assertEquals(List.of("1 StageNameCasing"), lines(rule, "from alpine as BUILD\n"));
    }

    @Test
    void passesLowerCaseOrUnnamedStages() {
        assertEquals(List.of(), lines(rule, "FROM alpine AS builder-base\n"));
        assertEquals(List.of(), lines(rule, "FROM ALPINE\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS b_1\nFROM b_1\nRUN echo AS Foo\n"));
    }
}
