package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AptGetRecommendsInstalledTest {
    private final AptGetRecommendsInstalled rule = new AptGetRecommendsInstalled();

    @Test
    void catchesInstallsWithRecommends() {
        assertEquals(List.of("2 DL3015"), lines(rule, "FROM debian:12\nRUN apt-get install -y curl=7.88\n"));
        assertEquals(List.of("2 DL3015"), lines(rule, "FROM debian:12\nRUN apt-get -y install curl=7.88\n"));
        assertEquals(List.of("3 DL3015"), lines(rule, "FROM debian:12\nRUN apt-get install -y --no-install-recommends a=1\n"
                + "RUN apt-get update && apt-get install -y b=1 && rm -rf /var/lib/apt/lists/*\n"));
    }

    @Test
    void passesNoInstallRecommends() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y curl=7.88 --no-install-recommends\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y a=1\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n"));
    }
}
