package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WgetProgressMissingTest {
    private final WgetProgressMissing rule = new WgetProgressMissing();

    @Test
    void catchesChattyWget() {
        assertEquals(List.of("2 DL3047"), lines(rule, "FROM debian:12\nRUN wget https://example.org/big.tar.gz\n"));
        assertEquals(List.of("2 DL3047"), lines(rule, "FROM debian:12\nRUN wget -O /tmp/big.tar.gz https://example.org/big.tar.gz\n"));
        // -O's glued value holds an o and an a, which are not -o and -a.
        assertEquals(List.of("2 DL3047"), lines(rule, "FROM debian:12\nRUN wget -O/tmp/data.tar https://example.org/data.tar\n"));
        assertEquals(List.of("3 DL3047"), lines(rule, "FROM debian:12\nRUN wget -q https://a.example\nRUN wget -c https://b.example\n"));
    }

    @Test
    void passesProgressQuietOrLoggedToAFile() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN wget --progress=dot:giga https://example.org/big.tar.gz\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN wget -qO- https://example.org/install.sh > /tmp/install.sh\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN wget --quiet https://a.example && wget -nv https://b.example\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN wget --no-verbose https://a.example && wget -o /tmp/log https://b.example\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN wget --output-file=/tmp/log https://a.example && wget -a /tmp/log https://b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN wget --append-output=/tmp/log https://a.example\n"));
    }
}
