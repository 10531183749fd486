package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZypperNonInteractiveMissingTest {
    private final ZypperNonInteractiveMissing rule = new ZypperNonInteractiveMissing();

    @Test
    void catchesPromptsWithoutNonInteractive() {
        assertEquals(List.of("2 DL3034"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4 && zypper clean\n"));
        assertEquals(List.of("2 DL3034"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper --gpg-auto-import-keys in curl=8.6\n"));
        assertEquals(List.of("2 DL3034"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -r repo-oss remove vim\n"));
    }

    @Test
    void passesNonInteractiveSwitches() {
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper --non-interactive in httpd=2.4\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4 && zypper in --no-confirm a=1\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper refresh && zypper search curl && zypper clean\n"));
    }
}
