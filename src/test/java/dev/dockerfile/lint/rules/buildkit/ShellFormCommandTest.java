package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellFormCommandTest {
    private final ShellFormCommand rule = new ShellFormCommand();

    @Test
    void catchesShellFormCmdAndEntrypoint() {
        assertEquals(List.of("2 JSONArgsRecommended"), lines(rule, "FROM alpine\nENTRYPOINT my-program start\n"));
        assertEquals(List.of("2 JSONArgsRecommended"), lines(rule, "FROM alpine\nCMD echo hi\nENTRYPOINT [\"x\"]\n"));
        assertEquals(List.of("2 JSONArgsRecommended"),
                lines(rule, "FROM alpine\nCMD echo hi\nSHELL [\"/bin/bash\", \"-c\"]\n"));
    }

    @Test
    void aShellInAnUnrelatedStageDoesNotCount() {
        assertEquals(List.of("4 JSONArgsRecommended"),
                lines(rule, "FROM alpine AS one\nSHELL [\"/bin/bash\", \"-c\"]\nFROM alpine\nCMD echo hi\n"));
    }

    @Test
    void passesExecFormOrAnExplicitShell() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nENTRYPOINT [\"my-program\", \"start\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nCMD [\"java\", \\\n  \"-jar\", \"app.jar\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN apk add bash\nSHELL [\"/bin/bash\", \"-c\"]\n"
                + "ENTRYPOINT echo \"hello world\"\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS one\nSHELL [\"/bin/bash\", \"-c\"]\nFROM one\nCMD echo hi\n"));
    }

    @Test
    void ignoresRunAndHealthcheck() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN echo hi\nHEALTHCHECK CMD curl -f http://localhost/\n"));
    }
}
