package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApkCacheNotDisabledTest {
    private final ApkCacheNotDisabled rule = new ApkCacheNotDisabled();

    @Test
    void catchesApkAddThatCaches() {
        assertEquals(List.of("2 DL3019"), lines(rule, "FROM alpine:3.20\nRUN apk add curl=8.9.0-r0\n"));
        assertEquals(List.of("2 DL3019"), lines(rule, "FROM alpine:3.20\nRUN apk update && apk add --update curl=8.9.0-r0\n"));
        assertEquals(List.of("2 DL3019"), lines(rule,
                "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add curl=8.9.0-r0\n"));
    }

    @Test
    void passesNoCacheMountsAndOfflineInstalls() {
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.0-r0\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk --no-cache add curl=8.9.0-r0\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.0-r0\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN scanelf --needed /usr/local | xargs -rt apk add --no-network --virtual .rundeps\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN apk del curl\n"));
    }
}
