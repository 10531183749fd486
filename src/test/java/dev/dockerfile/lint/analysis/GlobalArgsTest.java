package dev.dockerfile.lint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParseException;
import dev.dockerfile.parse.DockerfileParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlobalArgsTest {
    private final Dockerfile file = parse("ARG BASE=debian\nARG TAG=${VERSION:-12}-slim\n"
            + "ARG REGISTRY\nARG ODD=${BASE:?unset}\nFROM ${BASE}:${TAG}\nARG LATE=x\n");

    private static Dockerfile parse(String text) {
        try {
            return DockerfileParser.parse(text);
        } catch (DockerfileParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void evaluatesTheArgsBeforeTheFirstFromOnceAtTheirDefaults() {
        GlobalArgs args = GlobalArgs.of(file);
        assertSame(args, GlobalArgs.of(file), "one evaluation per file, shared by the rules");
        assertEquals(List.of("BASE", "TAG", "REGISTRY", "ODD"), List.copyOf(args.declared()));
        assertEquals("12-slim", args.values().get("TAG"));
        assertEquals("amd64", args.values().get("TARGETARCH"), "BuildKit's platform arguments are known");
        assertEquals(Set.of(), args.unknown());
        assertEquals("debian:12-slim", args.expand("${BASE}:${TAG}", '\\'));
    }

    @Test
    void resolvingRefusesWhatOnlyBuildArgumentsDecide() {
        GlobalArgs args = GlobalArgs.of(file);
        assertEquals("/app", args.expand("${REGISTRY}/app", '\\'), "BuildKit expands an unset ARG to nothing");
        assertNull(args.resolve("${REGISTRY}/app", '\\'));
        assertEquals("r.io/app", args.resolve("${REGISTRY:-r.io}/app", '\\'));
        assertNull(args.expand("${NEVER_DECLARED}", '\\'));
    }
}
