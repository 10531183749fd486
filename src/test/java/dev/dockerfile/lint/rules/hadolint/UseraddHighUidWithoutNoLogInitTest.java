package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UseraddHighUidWithoutNoLogInitTest {
    private final UseraddHighUidWithoutNoLogInit rule = new UseraddHighUidWithoutNoLogInit();

    @Test
    void catchesHighUidsWithoutNoLogInit() {
        assertEquals(List.of("2 DL3046"), lines(rule, "FROM debian:12\nRUN useradd -u 123456 app\n"));
        assertEquals(List.of("2 DL3046"), lines(rule, "FROM debian:12\nRUN groupadd -g 200000 app && useradd --uid=200000 -g app app\n"));
        assertEquals(List.of("3 DL3046"), lines(rule, "FROM debian:12\nRUN true\nRUN useradd --system --uid 1000000 \\\n    -d/home/lol app\n"));
    }

    @Test
    void passesNoLogInitLowUidsAndOtherTools() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN useradd -l -u 123456 app\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN useradd --system --no-log-init --uid 10001 --gid 10001 \\\n"
                + "      --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN useradd --no-log-init --uid 123456 app && useradd -rl -u 234567 b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN useradd -u 99999 app && useradd app2 && useradd -u \"$UID\" app3\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN adduser -S -D -H -u 123456 app\n"));
    }
}
