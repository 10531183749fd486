package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.SimpleCommands;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShellArgsTest {
    @Test
    void operandsSkipOptionsAndTheirValues() {
        assertEquals(List.of("install", "x"), Command.operands(List.of("-y", "-t", "rel", "install", "--opt=v", "x"), Set.of("-t")));
        assertEquals(List.of("a", "-b", "-"), Command.operands(List.of("a", "--", "-b", "-"), Set.of()));
        assertEquals(List.of("-"), Command.operands(List.of("-", "-t"), Set.of("-t")));
    }

    @Test
    void optionsAreFoundExactlyInClustersAndInLongForms() {
        Command wget = new Command("wget", List.of("-qO-", "https://a"));
        assertTrue(ShellArgs.hasOption(wget, "O", "-q"));
        assertFalse(ShellArgs.hasOption(new Command("wget", List.of("-O/tmp/quiet")), "O", "-q"));
        assertTrue(ShellArgs.hasOption(new Command("pip", List.of("--no-cache-dir=1")), "", "--no-cache-dir"));
        assertFalse(ShellArgs.hasOption(new Command("x", List.of("--", "-y")), "", "-y"));
        assertFalse(ShellArgs.hasOption(new Command("x", List.of("-y1")), "", "-n"));
    }

    @Test
    void valuesComeInFourForms() {
        assertEquals("5", ShellArgs.value(List.of("-u", "5"), "-u", "--uid"));
        assertEquals("5", ShellArgs.value(List.of("-u5"), "-u", "--uid"));
        assertEquals("5", ShellArgs.value(List.of("--uid", "5"), "-u", "--uid"));
        assertEquals("5", ShellArgs.value(List.of("--uid=5"), "-u", "--uid"));
        assertNull(ShellArgs.value(List.of("-u"), "-u", "--uid"));
        assertNull(ShellArgs.value(List.of("--user", "x"), "-u", "--uid"));
    }

    @Test
    void pathsCoverTheirSubdirectories() {
        assertTrue(ShellArgs.covers("/var/lib/apt/lists/*", "/var/lib/apt/lists"));
        assertTrue(ShellArgs.covers("/var/lib/apt/", "/var/lib/apt/lists"));
        assertTrue(ShellArgs.covers("/", "/var/cache/apk"));
        assertFalse(ShellArgs.covers("/var/lib/apt/lists/partial", "/var/lib/apt/lists"));
        assertFalse(ShellArgs.covers("var/lib/apt/lists", "/var/lib/apt/lists"));
        assertTrue(ShellArgs.removes(new Command("rm", List.of("-rf", "/var/cache/yum")), "/var/cache/yum"));
        assertFalse(ShellArgs.removes(new Command("ls", List.of("/var/cache/yum")), "/var/cache/yum"));
    }

    @Test
    void smallHelpers() {
        assertEquals("pip", SimpleCommands.basename("/opt/venv/bin/pip"));
        assertEquals("dir", SimpleCommands.basename("/a/dir/"));
        assertEquals(List.of("a", "b"), ShellArgs.variables("x-$a-${b:-c}"));
        assertTrue(ShellArgs.setsPipefail(List.of("-e", "-o", "pipefail")));
        assertFalse(ShellArgs.setsPipefail(List.of("-o", "errexit", "pipefail")));
        assertEquals("a, b", ShellArgs.list(List.of("a", "b", "a")));
        assertEquals("1, 2, 3, 4, 5, 6 and 2 more", ShellArgs.list(List.of("1", "2", "3", "4", "5", "6", "7", "8")));
    }
}
