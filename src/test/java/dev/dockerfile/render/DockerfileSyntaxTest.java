package dev.dockerfile.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxTest {

    @Test
    void quoteEscapesWhatDockerWouldInterpret() {
        assertEquals("\"plain\"", DockerfileSyntax.quote("plain"));
        assertEquals("\"\\$HOME \\\"x\\\" \\\\\"", DockerfileSyntax.quote("$HOME \"x\" \\"));
        // A trailing backslash must not become a line continuation.
        assertEquals("\"ends\\\\\"", DockerfileSyntax.quote("ends\\"));
    }

    @Test
    void execFormIsJson() {
        assertEquals("[\"java\", \"-Dx=\\\"y\\\"\", \"a\\\\b\", \"\\u0009tab\"]",
                DockerfileSyntax.execForm(List.of("java", "-Dx=\"y\"", "a\\b", "\ttab")));
        assertEquals("[]", DockerfileSyntax.execForm(List.of()));
    }
}
