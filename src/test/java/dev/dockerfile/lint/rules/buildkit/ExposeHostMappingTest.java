package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposeHostMappingTest {
    private final ExposeHostMapping rule = new ExposeHostMapping();

    @Test
    void catchesAddressesAndHostPorts() {
        assertEquals(List.of("2 ExposeInvalidFormat"), lines(rule, "FROM alpine\nEXPOSE 127.0.0.1:80:80\n"));
        assertEquals(List.of("2 ExposeInvalidFormat"), lines(rule, "FROM alpine\nEXPOSE 80:80\n"));
        assertEquals(List.of("2 ExposeInvalidFormat"), lines(rule, "FROM alpine\nEXPOSE 8080 8443:443/tcp\n"));
    }

    @Test
    void passesContainerPorts() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE 80\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE 80/tcp 443 8000-8010/udp\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE ${PORT:-8080} $OTHER\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nLABEL ports=80:80\n"));
    }
}
