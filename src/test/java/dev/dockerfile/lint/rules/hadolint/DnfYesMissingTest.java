package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DnfYesMissingTest {
    private final DnfYesMissing rule = new DnfYesMissing();

    @Test
    void catchesPromptsWithoutYes() {
        assertEquals(List.of("2 DL3038"), lines(rule, "FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n"));
        assertEquals(List.of("2 DL3038"), lines(rule, "FROM ubi9-minimal:9.4\nRUN microdnf install httpd-2.4.62\n"));
        assertEquals(List.of("2 DL3038"), lines(rule, "FROM fedora:40\nRUN dnf module install nodejs:20\n"));
        assertEquals(List.of("2 DL3038"), lines(rule, "FROM fedora:40\nRUN dnf5 upgrade\n"));
    }

    @Test
    void passesYesAndNonPromptingCommands() {
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM ubi9-minimal:9.4\nRUN microdnf --refresh -y install findutils-4.8.0\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf --setopt=assumeyes=True group install 'Development Tools'\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf repolist && dnf makecache\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN notdnf install httpd\n"));
    }
}
