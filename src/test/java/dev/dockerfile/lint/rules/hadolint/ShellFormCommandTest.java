package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellFormCommandTest {
    private final ShellFormCommand rule = new ShellFormCommand();

    @Test
    void catchesShellFormCmdAndEntrypoint() {
        assertEquals(List.of("2 DL3025"), lines(rule, "FROM debian:12\nCMD java -jar /app.jar\n"));
        assertEquals(List.of("2 DL3025"), lines(rule, "FROM debian:12\nentrypoint /docker-entrypoint.sh\n"));
        assertEquals(List.of("2 DL3025"), lines(rule, "FROM debian:12\nCMD ['java', '-jar', '/app.jar']\n"));
        assertEquals(List.of("2 DL3025"), lines(rule, "FROM debian:12\nONBUILD CMD run.sh\n"));
        assertEquals(List.of("3 DL3025"), lines(rule, "FROM debian:12\nRUN echo hello\nHEALTHCHECK CMD curl -f http://x/\n"));
        assertEquals(List.of("2 DL3025"), lines(rule, "FROM debian:12\nhealthcheck --retries=2 cmd /probe\n"));
    }

    @Test
    void passesExecForm() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nENTRYPOINT [\"tini\", \"--\"]\nCMD []\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nHEALTHCHECK --interval=30s CMD [\"/probe\", \"-q\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nHEALTHCHECK NONE\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCMD [ \\\n  \"python\", \\\n  \"-m\", \"app\" ]\n"));
    }
}
