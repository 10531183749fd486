package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AptUsedTest {
    private final AptUsed rule = new AptUsed();

    @Test
    void catchesApt() {
        assertEquals(List.of("2 DL3027"), lines(rule, "FROM ubuntu:24.04\nRUN apt install -y curl\n"));
        assertEquals(List.of("2 DL3027"), lines(rule, "FROM ubuntu:24.04\nRUN apt-get update && apt upgrade -y\n"));
        assertEquals(List.of("3 DL3027"), lines(rule, "FROM ubuntu:24.04\nRUN true\nRUN DEBIAN_FRONTEND=noninteractive apt full-upgrade -y\n"));
    }

    @Test
    void passesAptGetAndAptCache() {
        assertEquals(List.of(), lines(rule, "FROM ubuntu:24.04\nRUN apt-get install -y curl\n"));
        assertEquals(List.of(), lines(rule, "FROM ubuntu:24.04\nRUN apt-cache policy curl\n"));
        assertEquals(List.of(), lines(rule, "FROM ubuntu:24.04\nRUN echo apt > /tmp/tool && aptitude --version\n"));
    }
}
