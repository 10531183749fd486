package dev.dockerfile.lint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellTest {

    @Test
    void simpleCommandsBetweenOperatorsKeywordsAndAssignments() {
        List<Command> commands = Shell.commands("set -eux; DEBIAN_FRONTEND=noninteractive apt-get update "
                + "&& if [ -f x ]; then apt-get install -y \"curl\" 'git'; fi || echo no # comment | tail\n(cd /tmp && make)");
        assertEquals(List.of("set", "apt-get", "[", "apt-get", "echo", "cd", "make"),
                commands.stream().map(Command::name).toList());
        assertEquals(List.of("install", "-y", "curl", "git"), commands.get(3).args());
        assertEquals("install", commands.get(3).subcommand());
        assertEquals(List.of("install", "curl", "git"), commands.get(3).operands());
    }

    @Test
    void operatorsAndPipes() {
        assertEquals(List.of("&&", "|", ";", "||"), Shell.operators("a && b | c; d || e"));
        assertTrue(Shell.hasPipe("curl -fsSL x | sh"));
        assertFalse(Shell.hasPipe("a || b 2>&1 > /dev/null"));
        assertFalse(Shell.hasPipe("echo 'a | b' \"c | d\""));
        assertEquals(List.of("echo", "$(date | cut -c1)"), List.of(Shell.commands("echo $(date | cut -c1)").get(0).name(),
                Shell.commands("echo $(date | cut -c1)").get(0).args().get(0)));
    }

    @Test
    void flags() {
        Command install = Shell.commands("apt-get install -qy --no-install-recommends curl").get(0);
        assertTrue(install.hasFlag("-y"));
        assertTrue(install.hasFlag("--no-install-recommends"));
        assertFalse(install.hasFlag("--yes"));
        Command wget = Shell.commands("wget -O/tmp/file --progress=dot:giga https://example.org/x").get(0);
        assertFalse(wget.hasFlag("-o"), "a value glued to -O is not a -o flag");
        assertTrue(wget.hasFlag("--progress"));
        assertTrue(Shell.commands("x \\\n  y").get(0).is("x"));
    }

    @Test
    void optionValuesAreNeitherSubcommandNorOperand() {
        Command apt = Shell.commands("apt-get -o Acquire::Retries=3 -t bookworm-backports install -y curl=8.0").get(0);
        assertEquals("install", apt.subcommand());
        assertEquals(List.of("install", "curl=8.0"), apt.operands());
        Command dnf = Shell.commands("dnf --setopt install_weak_deps=False -y install jq").get(0);
        assertEquals("install", dnf.subcommand());
        Command pip = Shell.commands("pip3.12 --proxy http://proxy:3128 install flask==3.0").get(0);
        assertEquals("install", pip.subcommand());
        assertEquals("", Shell.commands("apt-get -o").get(0).subcommand());
        assertEquals("--weird", Shell.commands("tool -v -- --weird x").get(0).subcommand());
        assertEquals(List.of("-", "x"), Shell.commands("tar -x -f - x").get(0).operands());
    }

    @Test
    void backslashesInDoubleQuotesEscapeOnlyWhatPosixSays() {
        assertEquals(List.of("C:\\Program Files\\a.tgz", "a\"$b"),
                Shell.commands("tar -xf \"C:\\Program Files\\a.tgz\" \"a\\\"\\$b\"").get(0).args().subList(1, 3));
    }
}
