package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZypperDistUpgradeUsedTest {
    private final ZypperDistUpgradeUsed rule = new ZypperDistUpgradeUsed();

    @Test
    void catchesDistUpgrade() {
        assertEquals(List.of("2 DL3035"), lines(rule, "FROM opensuse/tumbleweed:latest\nRUN zypper dist-upgrade -y\n"));
        assertEquals(List.of("2 DL3035"), lines(rule, "FROM opensuse/tumbleweed:latest\nRUN zypper -n dup && zypper clean\n"));
        assertEquals(List.of("3 DL3035"), lines(rule, "FROM opensuse/tumbleweed:latest\nRUN true\nRUN zypper --non-interactive --gpg-auto-import-keys dup\n"));
    }

    @Test
    void passesOtherSubcommands() {
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n update && zypper -n patch\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN zypper -n install dup-tool=1.0\n"));
        assertEquals(List.of(), lines(rule, "FROM opensuse/leap:15.6\nRUN echo 'zypper dup' > /notes\n"));
    }
}
