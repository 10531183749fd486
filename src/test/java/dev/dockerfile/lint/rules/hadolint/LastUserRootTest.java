package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LastUserRootTest {
    private final LastUserRoot rule = new LastUserRoot();

    @Test
    void catchesRootAsAStagesLastUser() {
        assertEquals(List.of("3 DL3002"), lines(rule, "FROM debian:12\nUSER app\nUSER root\nCMD [\"x\"]\n"));
        assertEquals(List.of("4 DL3002"), lines(rule, "FROM a:1 AS b\nUSER 1000\nFROM debian:12\nuser 0:0\n"));
        assertEquals(List.of("2 DL3002"), lines(rule, "FROM ubi9:9.4\nUSER root:wheel\n"));
    }

    @Test
    void rootInheritedFromAnEarlierStageIsReportedWhereItWasSet() {
        // The final stage has no USER: it runs as the tools stage left it, root.
        assertEquals(List.of("2 DL3002"), lines(rule, "FROM alpine:3.20 AS tools\nUSER 0\nRUN apk add git\n"
                + "FROM tools\nCMD [\"git\"]\n"));
    }

    @Test
    void everyStageCountsAsInHadolint() {
        // hadolint reports a builder left as root even when the final stage switches user.
        assertEquals(List.of("2 DL3002"), lines(rule, "FROM a:1 AS build\nUSER root\nFROM debian:12\nUSER 10001\n"));
    }

    @Test
    void passesNonRootOrNoUserAtAll() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER root\nRUN id\nUSER 10001:10001\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS a\nUSER root\nUSER app\nFROM a\nRUN id\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN id\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER rootless\n"));
    }
}
