package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZypperCleanMissingTest {
    private final ZypperCleanMissing rule = new ZypperCleanMissing();

    @Test
    void catchesInstallsWithoutClean() {
        assertEquals(List.of("2 DL3036"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.11\n"));
        assertEquals(List.of("2 DL3036"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper clean && zypper -n in mariadb=10.11\n"));
        assertEquals(List.of("2 DL3036"), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n patch\n"));
    }

    @Test
    void passesCleanAfterInstallAndCacheMounts() {
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.11 && zypper clean --all\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n in mariadb=10.11 && zypper cc -a\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n in a=1 && rm -rf /var/cache/zypp/*\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN --mount=type=tmpfs,target=/var/cache/zypp zypper -n in a=1\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper search curl\n"));
    }
}
