package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZypperVersionsNotPinnedTest {
    private final ZypperVersionsNotPinned rule = new ZypperVersionsNotPinned();

    @Test
    void catchesUnpinnedPackages() {
        assertEquals(List.of("2 DL3037"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean\n"));
        assertEquals(List.of("2 DL3037"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6 tar\n"));
        assertEquals(List.of("2 DL3037"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n --gpg-auto-import-keys in -r oss -t package vim\n"));
    }

    @Test
    void passesVersionsRangesFilesAndPatterns() {
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.39 && zypper clean\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install -y 'tomcat>=9.0' tomcat\\<10\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install -y /tmp/tomcat-9.0.39-1.rpm\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n in -t pattern devel_basis\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n remove tomcat\n"));
    }
}
