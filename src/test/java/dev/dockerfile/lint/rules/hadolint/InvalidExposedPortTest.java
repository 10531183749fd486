package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidExposedPortTest {
    private final InvalidExposedPort rule = new InvalidExposedPort();

    @Test
    void catchesPortsAbove65535() {
        assertEquals(List.of("2 DL3011"), lines(rule, "FROM debian:12\nEXPOSE 80 65536\n"));
        assertEquals(List.of("2 DL3011"), lines(rule, "FROM debian:12\nEXPOSE 8000-80000/tcp\n"));
        assertEquals(List.of("2 DL3011"), lines(rule, "FROM debian:12\nexpose 99999999999999999999/udp\n"));
        assertEquals(List.of("2 DL3011"), lines(rule, "FROM debian:12\nONBUILD EXPOSE 70000\n"));
    }

    @Test
    void passesValidPortsRangesProtocolsAndVariables() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nEXPOSE 0 80 443/tcp 53/udp 65535\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nEXPOSE 8000-8010 9000-9001/UDP\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nEXPOSE $PORT ${DEBUG_PORT}/tcp\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN echo 70000\nEXPOSE 3000\n"));
    }
}
