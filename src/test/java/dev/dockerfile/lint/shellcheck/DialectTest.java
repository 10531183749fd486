package dev.dockerfile.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {
    @Test
    void posixShellsAreTheDialectsShellcheckReads() {
        assertEquals("sh", Dialect.of(List.of("/bin/sh", "-c")));
        assertEquals("bash", Dialect.of(List.of("/bin/bash", "-o", "pipefail", "-c")));
        assertEquals("bash", Dialect.of(List.of("/usr/bin/env", "bash", "-c")));
        assertEquals("dash", Dialect.of(List.of("dash", "-c")));
        assertEquals("dash", Dialect.of(List.of("/bin/ash", "-eo", "pipefail", "-c")));
        assertEquals("ksh", Dialect.of(List.of("/bin/mksh", "-c")));
        assertEquals("bash", Dialect.of(List.of("C:\\git\\bin\\BASH.EXE", "-c")));
    }

    @Test
    void otherShellsAreNotChecked() {
        assertNull(Dialect.of(List.of("pwsh", "-Command")));
        assertNull(Dialect.of(List.of("powershell.exe", "-Command")));
        assertNull(Dialect.of(List.of("cmd", "/S", "/C")));
        assertNull(Dialect.of(List.of("/bin/zsh", "-c")));
        assertNull(Dialect.of(List.of("env")));
    }

    @Test
    void shebangs() {
        assertEquals("bash", Dialect.ofShebang("/usr/bin/env bash"));
        assertEquals("sh", Dialect.ofShebang(" /bin/sh -e"));
        assertNull(Dialect.ofShebang("/usr/bin/env python3"));
        assertNull(Dialect.ofShebang("  "));
    }
}
