package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleCmdsTest {
    private final MultipleCmds rule = new MultipleCmds();

    @Test
    void catchesSecondCmdInAStage() {
        assertEquals(List.of("3 DL4003"), lines(rule, "FROM debian:12\nCMD [\"a\"]\nCMD [\"b\"]\n"));
        assertEquals(List.of("4 DL4003"), lines(rule, "FROM debian:12\nCMD a\nRUN true\ncmd b\n"));
        assertEquals(List.of("5 DL4003", "6 DL4003"), lines(rule, "FROM debian:12 AS a\nCMD [\"a\"]\nFROM debian:12\n"
                + "CMD [\"a\"]\nCMD [\"b\"]\nCMD [\"c\"]\n"));
    }

    @Test
    void passesOneCmdPerStage() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCMD [\"a\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS build\nCMD [\"a\"]\nFROM debian:12\nCMD [\"b\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\nONBUILD CMD [\"c\"]\n"));
    }
}
