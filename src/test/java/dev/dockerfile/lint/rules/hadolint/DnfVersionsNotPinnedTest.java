package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DnfVersionsNotPinnedTest {
    private final DnfVersionsNotPinned rule = new DnfVersionsNotPinned();

    @Test
    void catchesUnpinnedPackagesAndModules() {
        assertEquals(List.of("2 DL3041"), lines(rule, "FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n"));
        assertEquals(List.of("2 DL3041"), lines(rule, "FROM ubi9-minimal:9.4\nRUN microdnf install -y rpm-sign\n"));
        assertEquals(List.of("2 DL3041"), lines(rule, "FROM fedora:40\nRUN dnf -y module install nodejs\n"));
        assertEquals(List.of("2 DL3041"), lines(rule, "FROM fedora:40\nRUN dnf -y install git-core-${UNDECLARED}\n"));
    }

    @Test
    void passesVersionsFilesGroupsAndKnownVariables() {
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf install -y tomcat-9.0.1 rpm-sign-4.16.1.3 openssl-1:3.2.2\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf -y --setopt=group_package_types=mandatory group install 'Development Tools'\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf install -y @development-tools && dnf -y module install nodejs:20\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nENV version=2.51.0-2.fc42\nRUN dnf -y install git-core-${version}\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40 AS a\nARG version=2.51.0\nFROM fedora:40\nRUN dnf -y install git-core-$version\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN notdnf install tomcat && dnf remove -y tomcat\n"));
    }
}
