package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidFromArgumentsTest {
    private final InvalidFromArguments rule = new InvalidFromArguments();

    @Test
    void catchesWhatBuildKitRejects() {
        assertEquals(List.of("1 DF010", "2 DF010", "3 DF010", "4 DF010", "5 DF010"),
                lines(rule, "FROM\nFROM a b\nFROM a AS\nfrom a is b\nFROM a AS b c\n"));
        String message = findings(rule, "FROM a b\n", LintContext.defaults()).get(0).message();
        assertEquals("FROM has 2 arguments, and BuildKit fails with \"FROM requires either one or three arguments\"."
                + " Write `FROM <image>` or `FROM <image> AS <name>`, with flags such as `--platform=` before the"
                + " image.", message);
    }

    @Test
    void aFileWithCrOnlyLineEndsIsOneFromLine() {
        String message = findings(rule, "FROM alpine:3.19\rRUN echo hi\r", LintContext.defaults()).get(0).message();
        assertTrue(message.startsWith("FROM has 4 arguments") && message.contains("BuildKit ends lines at LF only")
                && message.endsWith("Convert the line ends to LF."), message);
        assertEquals(List.of(), lines(rule, "FROM alpine:3.19\r\nRUN echo hi\r\n"), "CRLF");
    }

    @Test
    void passesImagesNamesFlagsAndVariables() {
        assertEquals(List.of(), lines(rule, "FROM a\nFROM --platform=$BUILDPLATFORM a:1 as b\nFROM ${IMG} AS c\n"
                + "FROM b\nONBUILD RUN x\n"));
    }
}
