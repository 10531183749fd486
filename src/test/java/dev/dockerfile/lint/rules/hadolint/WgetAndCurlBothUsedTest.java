package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WgetAndCurlBothUsedTest {
    private final WgetAndCurlBothUsed rule = new WgetAndCurlBothUsed();

    @Test
    void catchesTheSecondToolInAStage() {
        assertEquals(List.of("3 DL4001"), lines(rule, "FROM debian:12\nRUN wget -q https://a.example\nRUN curl -fsSLO https://b.example\n"));
        assertEquals(List.of("2 DL4001"), lines(rule, "FROM debian:12\nRUN wget -q https://a.example && curl -fsS https://b.example\n"));
        assertEquals(List.of("3 DL4001", "5 DL4001"), lines(rule,
                "FROM debian:12\nRUN curl -fsSLO https://a\nRUN wget -q https://b\nRUN echo hi\nRUN curl -fsSLO https://c\n"));
    }

    @Test
    void passesOneToolPerStage() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN wget -q https://a.example\nRUN wget -q https://b.example\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS a\nRUN wget -q https://a.example\nFROM debian:12\nRUN curl -fsSLO https://b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y curl wget && curl -fsSLO https://a\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN curl -fsSLO https://a/wget.tar.gz\n"));
    }
}
