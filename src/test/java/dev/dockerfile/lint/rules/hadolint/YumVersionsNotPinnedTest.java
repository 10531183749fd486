package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YumVersionsNotPinnedTest {
    private final YumVersionsNotPinned rule = new YumVersionsNotPinned();

    @Test
    void catchesUnpinnedPackagesAndModules() {
        assertEquals(List.of("2 DL3033"), lines(rule, "FROM centos:7\nRUN yum install -y tomcat && yum clean all\n"));
        assertEquals(List.of("2 DL3033"), lines(rule, "FROM centos:7\nRUN yum install -y rpm-sign java-1.8.0-openjdk\n"));
        assertEquals(List.of("2 DL3033"), lines(rule, "FROM rockylinux:8\nRUN yum module install -y nodejs\n"));
        // An ENV of another stage (not one this stage is built FROM) gives the variable no value here.
        assertEquals(List.of("4 DL3033"), lines(rule, "FROM centos:7 AS a\nENV V=1.0\nFROM centos:7\nRUN yum install -y git-${V}\n"));
    }

    @Test
    void passesVersionsFilesGroupsAndKnownVariables() {
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum install -y tomcat-7.0.76 openssl-1:1.0.2k gcc-c++-4.8.5-44.el7\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum install -y /tmp/tool-1.0.rpm https://example.org/x.rpm\n"));
        assertEquals(List.of(), lines(rule, "FROM rockylinux:8\nRUN yum module install -y nodejs:18 && yum groupinstall -y 'Development Tools'\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nARG GIT_VERSION=2.43.5\nRUN yum install -y git-$GIT_VERSION\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7 AS base\nENV V=1.0\nFROM base\nRUN yum install -y tool-${V}\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum install -y $PACKAGES && yum remove -y tomcat\n"));
    }
}
