package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandPointlessInContainerTest {
    private final CommandPointlessInContainer rule = new CommandPointlessInContainer();

    @Test
    void catchesCommandsWithoutUseInABuild() {
        assertEquals(List.of("2 DL3001"), lines(rule, "FROM debian:12\nRUN service nginx start\n"));
        assertEquals(List.of("3 DL3001"), lines(rule, "FROM debian:12\nWORKDIR /app\nRUN ./start.sh && ps aux | grep app\n"));
        assertEquals(List.of("2 DL3001", "4 DL3001"), lines(rule,
                "FROM debian:12\nRUN /usr/bin/vim /etc/hosts\nRUN echo ok\nRUN sh -c 'mount -t tmpfs none /mnt'\n"));
        assertEquals(List.of("2 DL3001"), lines(rule, "FROM debian:12\nONBUILD RUN top -b -n1\n"));
    }

    @Test
    void passesWhenTheNamesAreOnlyArgumentsOrData() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y openssh-client=1:9.2 vim=2:9.0\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN echo \"ssh top kill\" > /etc/motd\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN pskill --help && killall5 -h || true\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCMD [\"top\"]\n"));
    }

    @Test
    void passesWindowsShells() {
        assertEquals(List.of(), lines(rule, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN kill 1\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\nRUN ps | Out-Null\n"));
    }
}
