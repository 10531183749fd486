package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AptGetYesMissingTest {
    private final AptGetYesMissing rule = new AptGetYesMissing();

    @Test
    void catchesPromptsWithoutYes() {
        assertEquals(List.of("2 DL3014"), lines(rule, "FROM debian:12\nRUN apt-get install curl=7.88\n"));
        assertEquals(List.of("2 DL3014"), lines(rule, "FROM debian:12\nRUN apt-get -q install curl=7.88\n"));
        assertEquals(List.of("2 DL3014"), lines(rule, "FROM debian:12\nRUN apt-get update && apt-get dist-upgrade\n"));
        assertEquals(List.of("3 DL3014"), lines(rule, "FROM debian:12\nRUN apt-get install -y a=1\nRUN apt-get purge --auto-remove a\n"));
        // -o takes a value: a y inside it is not -y.
        assertEquals(List.of("2 DL3014"), lines(rule, "FROM debian:12\nRUN apt-get -oDebug::NoLocking=yes install a=1\n"));
    }

    @Test
    void passesEveryFormOfYes() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y curl=7.88\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get -qqy install curl=7.88\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get --assume-yes install curl=7.88 && apt-get --yes remove x\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -qq curl=7.88 && apt-get -q -q purge x\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install --quiet=2 a=1 && apt-get --quiet --quiet install b=1\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install a=1\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get update && apt-cache policy curl\n"));
    }
}
