package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecatedMaintainerTest {
    private final DeprecatedMaintainer rule = new DeprecatedMaintainer();

    @Test
    void catchesMaintainer() {
        assertEquals(List.of("2 DL4000"), lines(rule, "FROM debian:12\nMAINTAINER Jane <jane@example.com>\n"));
        assertEquals(List.of("1 DL4000", "3 DL4000"),
                lines(rule, "maintainer me\nFROM debian:12\nMaintainer \"me\"\n"));
        assertEquals(List.of("3 DL4000"), lines(rule, "FROM debian:12 AS a\nFROM debian:12\nMAINTAINER x\n"));
    }

    @Test
    void passesLabels() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nLABEL maintainer=\"me\"\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nLABEL org.opencontainers.image.authors=me\n"));
        assertEquals(List.of(), lines(rule, "# MAINTAINER me\nFROM debian:12\nRUN echo MAINTAINER\n"));
    }
}
