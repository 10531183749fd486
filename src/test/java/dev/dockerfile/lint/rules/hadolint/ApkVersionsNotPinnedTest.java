package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApkVersionsNotPinnedTest {
    private final ApkVersionsNotPinned rule = new ApkVersionsNotPinned();

    @Test
    void catchesUnpinnedPackages() {
        assertEquals(List.of("2 DL3018"), lines(rule, "FROM alpine:3.20\nRUN apk add --no-cache curl\n"));
        assertEquals(List.of("2 DL3018"), lines(rule, "FROM alpine:3.20\nRUN apk add --no-cache \\\n    git=2.45.2-r0 \\\n    make\n"));
        assertEquals(List.of("3 DL3018"), lines(rule, "FROM alpine:3.20\nRUN true\nRUN apk --no-cache add --virtual .deps gcc\n"));
    }

    @Test
    void passesVersionsVirtualNamesFilesAndOtherSubcommands() {
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.0-r0 'git>=2.45' tar~1.35\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing tool=1.0-r0\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/tool-1.0.apk\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk del .build-deps && apk info curl\n"));
    }
}
