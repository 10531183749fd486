package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForbiddenOnbuildTriggerTest {
    private final ForbiddenOnbuildTrigger rule = new ForbiddenOnbuildTrigger();

    @Test
    void catchesForbiddenTriggers() {
        assertEquals(List.of("2 DL3043"), lines(rule, "FROM debian:12\nONBUILD ONBUILD RUN true\n"));
        assertEquals(List.of("2 DL3043"), lines(rule, "FROM debian:12\nONBUILD FROM debian:12\n"));
        assertEquals(List.of("2 DL3043"), lines(rule, "FROM debian:12\nonbuild maintainer me\n"));
    }

    @Test
    void passesAllowedTriggers() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nONBUILD RUN true\nONBUILD COPY . /app/\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nONBUILD WORKDIR /app\nRUN echo ONBUILD FROM x\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nMAINTAINER me\n"));
    }
}
