package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleEntrypointsTest {
    private final MultipleEntrypoints rule = new MultipleEntrypoints();

    @Test
    void catchesSecondEntrypointInAStage() {
        assertEquals(List.of("3 DL4004"), lines(rule, "FROM debian:12\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n"));
        assertEquals(List.of("4 DL4004"), lines(rule, "FROM debian:12\nENTRYPOINT a\nCMD x\nentrypoint b\n"));
        assertEquals(List.of("5 DL4004"), lines(rule, "FROM debian:12 AS a\nENTRYPOINT [\"a\"]\nFROM debian:12\n"
                + "ENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n"));
    }

    @Test
    void passesOneEntrypointPerStage() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS a\nENTRYPOINT [\"a\"]\nFROM a\nENTRYPOINT [\"b\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENTRYPOINT [\"a\"]\nONBUILD ENTRYPOINT [\"b\"]\n"));
    }
}
