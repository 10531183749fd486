package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeWorkdirTest {
    private final RelativeWorkdir rule = new RelativeWorkdir();

    @Test
    void catchesRelativeWorkdirWithoutAnEarlierAbsoluteOne() {
        assertEquals(List.of("2 WorkdirRelativePath"), lines(rule, "FROM nginx AS web\nWORKDIR usr/share/nginx/html\n"));
        assertEquals(List.of("2 WorkdirRelativePath", "3 WorkdirRelativePath"),
                lines(rule, "FROM alpine\nWORKDIR app\nWORKDIR src\n"));
        assertEquals(List.of("2 WorkdirRelativePath"), lines(rule, "FROM alpine\nWORKDIR ./build\n"));
    }

    @Test
    void anAbsoluteWorkdirOfAnUnrelatedStageDoesNotCount() {
        assertEquals(List.of("4 WorkdirRelativePath"), lines(rule, "FROM alpine\nWORKDIR /app\nFROM debian\nWORKDIR app\n"));
    }

    @Test
    void passesAbsoluteOrAnchoredWorkdirs() {
        assertEquals(List.of(), lines(rule, "FROM nginx\nWORKDIR /usr/share/nginx/html\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nWORKDIR /app\nWORKDIR src\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nWORKDIR $HOME/app\nWORKDIR \"/app dir\"\n"));
        assertEquals(List.of(), lines(rule, "FROM mcr.microsoft.com/windows/nanoserver\nWORKDIR C:\\\\app\n"));
    }
}
