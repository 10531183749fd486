package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedundantTargetPlatformFlagTest {
    private final RedundantTargetPlatformFlag rule = new RedundantTargetPlatformFlag();

    @Test
    void catchesTargetPlatform() {
        assertEquals(List.of("1 RedundantTargetPlatform"), lines(rule, "FROM --platform=$TARGETPLATFORM alpine AS b\n"));
        assertEquals(List.of("1 RedundantTargetPlatform"), lines(rule, "FROM --platform=${TARGETPLATFORM} alpine\n"));
        assertEquals(List.of("2 RedundantTargetPlatform"),
                lines(rule, "FROM alpine AS a\nfrom --platform=\"$TARGETPLATFORM\" alpine\n"));
    }

    @Test
    void passesOtherPlatforms() {
        assertEquals(List.of(), lines(rule, "FROM alpine\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=$BUILDPLATFORM alpine\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=linux/amd64 alpine\n"));
        assertEquals(List.of(), lines(rule, "FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine\n"));
    }

    @Test
    void hadolintsIdAddressesIt() {
        assertEquals(Set.of("DL3065"), rule.aliases());
    }
}
