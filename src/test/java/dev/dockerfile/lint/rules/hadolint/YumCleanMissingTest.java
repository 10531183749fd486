package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YumCleanMissingTest {
    private final YumCleanMissing rule = new YumCleanMissing();

    @Test
    void catchesInstallsWithoutClean() {
        assertEquals(List.of("2 DL3032"), lines(rule, "FROM centos:7\nRUN yum install -y mariadb-5.5\n"));
        assertEquals(List.of("2 DL3032"), lines(rule, "FROM centos:7\nRUN yum clean all && yum install -y mariadb-5.5\n"));
        assertEquals(List.of("3 DL3032"), lines(rule, "FROM centos:7\nRUN yum install -y a-1 && yum clean all\nRUN yum -y update\n"));
    }

    @Test
    void passesCleanAfterInstallAndCacheMounts() {
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum install -y mariadb-5.5 && yum clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum install -y mariadb-5.5 && rm -rf /var/cache/yum/*\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-5.5\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum list installed && yum clean all\n"));
    }
}
