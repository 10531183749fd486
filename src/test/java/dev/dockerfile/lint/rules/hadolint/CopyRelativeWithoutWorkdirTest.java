package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyRelativeWithoutWorkdirTest {
    private final CopyRelativeWithoutWorkdir rule = new CopyRelativeWithoutWorkdir();

    @Test
    void catchesRelativeDestinationsWithoutWorkdir() {
        assertEquals(List.of("2 DL3045"), lines(rule, "FROM debian:12\nCOPY app.jar app.jar\n"));
        assertEquals(List.of("2 DL3045"), lines(rule, "FROM debian:12\nCOPY requirements.txt ./\nWORKDIR /app\n"
                + "COPY . .\n"));
        assertEquals(List.of("4 DL3045"), lines(rule, "FROM debian:12 AS build\nWORKDIR /build\nFROM debian:12\n"
                + "COPY --from=build /build/out ./out/\n"));
        assertEquals(List.of("2 DL3045"), lines(rule, "FROM debian:12\nCOPY [\"a b\", \"dest dir/\"]\n"));
    }

    @Test
    void passesAbsoluteVariablesAndInheritedWorkdirs() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY app.jar /app/app.jar\nCOPY x \"/quoted\"\n"));
        assertEquals(List.of(), lines(rule,
                "FROM debian:12\nWORKDIR /app\nCOPY src ./src\nCOPY requirements.txt ./\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS base1\nWORKDIR /usr\nFROM base1 AS base2\nRUN foo\n"
                + "FROM BASE2\nCOPY foo bar\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY src.sh ${DEST}\nCOPY a $HOME/a\n"));
        assertEquals(List.of(), lines(rule, "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "COPY app C:\\app\\\n"));
        assertEquals(List.of(), lines(rule, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app\n"));
    }
}
