package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstructionBeforeFromTest {
    private final InstructionBeforeFrom rule = new InstructionBeforeFrom();

    @Test
    void catchesInstructionsBeforeTheFirstFrom() {
        assertEquals(List.of("1 DL3061"), lines(rule, "RUN true\nFROM debian:12\n"));
        assertEquals(List.of("2 DL3061", "3 DL3061"), lines(rule, "ARG V=1\nLABEL a=b\nENV X=1\nFROM debian:12\n"));
        assertEquals(List.of("3 DL3061"), lines(rule, "# syntax=docker/dockerfile:1\n# comment\nworkdir /app\n"
                + "FROM debian:12\n"));
    }

    @Test
    void passesFromArgAndComments() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN true\n"));
        assertEquals(List.of(), lines(rule, "# escape=\\\n# hello\nARG BASE=debian:12\nARG TAG\nFROM ${BASE}\n"));
        assertEquals(List.of(), lines(rule, "\n\n# a comment\nfrom debian:12\nLABEL a=b\n"));
    }
}
