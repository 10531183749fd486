package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposeProtocolCasingTest {
    private final ExposeProtocolCasing rule = new ExposeProtocolCasing();

    @Test
    void catchesUpperCaseProtocols() {
        assertEquals(List.of("2 ExposeProtoCasing"), lines(rule, "FROM alpine\nEXPOSE 80/TcP\n"));
        assertEquals(List.of("2 ExposeProtoCasing"), lines(rule, "FROM alpine\nEXPOSE 80/tcp 53/UDP\n"));
        assertEquals(List.of("2 ExposeProtoCasing", "2 ExposeProtoCasing"),
                lines(rule, "FROM alpine\nEXPOSE 80/TCP \\\n  443/TCP\n"));
    }

    @Test
    void passesLowerCaseOrNoProtocol() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE 80/tcp\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE 80 443\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE ${PORT}/tcp 8000-8010/udp\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nLABEL port=80/TCP\n"));
    }
}
