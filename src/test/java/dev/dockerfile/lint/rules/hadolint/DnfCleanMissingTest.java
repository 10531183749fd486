package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DnfCleanMissingTest {
    private final DnfCleanMissing rule = new DnfCleanMissing();

    @Test
    void catchesInstallsWithoutClean() {
        assertEquals(List.of("2 DL3040"), lines(rule, "FROM fedora:40\nRUN dnf install -y mariadb-10.11\n"));
        assertEquals(List.of("2 DL3040"), lines(rule, "FROM fedora:40\nRUN dnf -y upgrade\n"));
        assertEquals(List.of("2 DL3040"), lines(rule, "FROM ubi9-minimal:9.4\nRUN microdnf clean all && microdnf install -y a-1\n"));
        assertEquals(List.of("2 DL3040"), lines(rule, "FROM fedora:41\nRUN rm -rf /var/cache/libdnf5 && dnf5 in -y a-1\n"));
    }

    @Test
    void eachToolCleansItsOwnCache() {
        assertEquals(List.of("2 DL3040"), lines(rule, "FROM ubi9:9.4\nRUN dnf install -y jq-1.6 && microdnf clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:41\nRUN dnf5 install -y jq-1.7 && dnf clean all\n"));
    }

    @Test
    void onbuildRunsAndFragmentsAreCheckedToo() {
        assertEquals(List.of("2 DL3040"), lines(rule, "FROM ubi9:9.4\nONBUILD RUN microdnf install -y jq-1.6\n"));
        assertEquals(List.of(), lines(rule, "FROM ubi9:9.4\nONBUILD RUN microdnf install -y jq-1.6 && microdnf clean all\n"));
        assertEquals(List.of("1 DL3040"), lines(rule, "RUN dnf upgrade-minimal -y\n"));
    }

    @Test
    void passesCleanAfterInstallAndCacheMounts() {
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf install -y mariadb-10.11 && dnf clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM ubi9-minimal:9.4\nRUN microdnf install -y a-1 && microdnf clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf install -y a-1 && rm -rf /var/cache/dnf\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y a-1\n"));
        assertEquals(List.of(), lines(rule, "FROM fedora:40\nRUN dnf repoquery bash\n"));
    }
}
