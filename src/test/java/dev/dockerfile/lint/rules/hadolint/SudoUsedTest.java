package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SudoUsedTest {
    private final SudoUsed rule = new SudoUsed();

    @Test
    void catchesSudoAnywhereInTheScript() {
        assertEquals(List.of("2 DL3004"), lines(rule, "FROM debian:12\nRUN sudo apt-get update\n"));
        assertEquals(List.of("3 DL3004"), lines(rule, "FROM debian:12\nUSER app\nRUN make && sudo make install\n"));
        assertEquals(List.of("2 DL3004"), lines(rule, "FROM debian:12\nRUN if [ -x /usr/bin/sudo ]; then sudo -u app id; fi\n"));
        assertEquals(List.of("2 DL3004"), lines(rule, "FROM debian:12\nRUN [\"sudo\", \"chown\", \"app\", \"/data\"]\n"));
    }

    @Test
    void passesInstallingOrMentioningSudo() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y sudo=1.9.13p3-1\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nUSER root\nRUN chown app /data\nUSER app\n"));
    }
}
