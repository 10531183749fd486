package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidLabelKeyTest {
    private final InvalidLabelKey rule = new InvalidLabelKey();

    @Test
    void catchesInvalidKeys() {
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL com.docker.compose.project=x\n"));
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL Version=1 my_key=2\n"));
        // hadolint judges keys made of variables too: what they expand to is unknown.
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL com.acme.${COMPONENT}=x\n"));
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL com.acme.x--y=1\n"));
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL org..example=x\n"));
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL \"bad key\"=x\n"));
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL .hidden=x\n"));
        assertEquals(List.of("2 DL3048"), lines(rule, "FROM debian:12\nLABEL trailing-=x\n"));
        assertEquals(List.of("3 DL3048"), lines(rule, "FROM debian:12\nLABEL team=shop\nLABEL io.docker.x=1\n"));
    }

    @Test
    void passesWellFormedKeys() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nLABEL org.opencontainers.image.title=\"tool\" \\\n"
                + "      org.opencontainers.image.base.name=\"x\" \\\n      team=\"shop\"\n"));
        assertEquals(List.of(), lines(rule,
                "FROM debian:12\nLABEL maintainer=me com.example.v2=x io.k8s.display-name=y\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nLABEL \"com.example.vendor\"=\"ACME\"\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nLABEL com.acme/build_id=x io.acme.a-.b=y\nENV Bad_Key=1\n"));
    }
}
