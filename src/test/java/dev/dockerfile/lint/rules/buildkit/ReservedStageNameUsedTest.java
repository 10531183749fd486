package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservedStageNameUsedTest {
    private final ReservedStageNameUsed rule = new ReservedStageNameUsed();

    @Test
    void catchesReservedNames() {
        assertEquals(List.of("1 ReservedStageName", "2 ReservedStageName"),
                lines(rule, "FROM alpine AS scratch\nFROM alpine AS context\n"));
        assertEquals(List.of("1 ReservedStageName"), lines(rule, "FROM alpine AS Scratch\n"));
        assertEquals(List.of("3 ReservedStageName"), lines(rule, "FROM alpine AS a\nRUN true\nfrom debian as context\n"));
    }

    @Test
    void passesOtherNamesAndTheScratchImage() {
        assertEquals(List.of(), lines(rule, "FROM alpine AS builder\n"));
        assertEquals(List.of(), lines(rule, "FROM scratch\n"));
        assertEquals(List.of(), lines(rule, "FROM scratch AS base\nFROM alpine AS scratchpad\n"));
    }

    @Test
    void hadolintsIdAddressesIt() {
        assertEquals(Set.of("DL3063"), rule.aliases());
    }
}
