package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YumYesMissingTest {
    private final YumYesMissing rule = new YumYesMissing();

    @Test
    void catchesPromptsWithoutYes() {
        assertEquals(List.of("2 DL3030"), lines(rule, "FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n"));
        assertEquals(List.of("2 DL3030"), lines(rule, "FROM centos:7\nRUN yum groupinstall 'Development Tools'\n"));
        assertEquals(List.of("3 DL3030"), lines(rule, "FROM centos:7\nRUN yum install -y a-1\nRUN yum --enablerepo epel remove a\n"));
    }

    @Test
    void passesYesAndNonPromptingCommands() {
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum -y --setopt=tsflags=nodocs install httpd-2.4.6\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum --assumeyes update && yum clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN yum makecache && yum list installed\n"));
        assertEquals(List.of(), lines(rule, "FROM centos:7\nRUN myyum install httpd\n"));
    }
}
