package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyContinuationLineTest {
    private final EmptyContinuationLine rule = new EmptyContinuationLine();

    @Test
    void reportsOncePerInstructionWhereItsContinuationEnds() {
        assertEquals(List.of("6 NoEmptyContinuation"),
                lines(rule, "FROM alpine:3.20\nRUN apk add \\\n\n    gnupg \\\n\n    curl\n"));
        assertEquals(List.of("4 NoEmptyContinuation"), lines(rule, "FROM alpine:3.20\nEXPOSE \\\n\n80\nEXPOSE 81\n"));
        assertEquals(List.of("4 NoEmptyContinuation", "7 NoEmptyContinuation"),
                lines(rule, "FROM alpine:3.20\nUSER \\\n\n10001\nWORKDIR \\\n  \n /srv\n"));
        assertTrue(findings(rule, "FROM alpine:3.20\nRUN a \\\n\n\n b\n", LintContext.defaults()).get(0).message()
                .startsWith("Empty continuation lines 3, 4 in the RUN of line 2"));
    }

    @Test
    void heredocBodiesComeAfterTheContinuation() {
        assertEquals(List.of("4 NoEmptyContinuation"),
                lines(rule, "FROM alpine:3.20\nCOPY \\\n\n<<CONF /etc/app.conf\nport=8080\n\nCONF\n"));
        assertEquals(List.of("4 NoEmptyContinuation"),
                lines(rule, "FROM alpine:3.20\nONBUILD RUN \\\n\n<<-SH\n\techo hi\n\tSH\n"));
    }

    @Test
    void passesCommentsAndBlankLinesBetweenInstructions() {
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nEXPOSE \\\n# Port\n80\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\n\nRUN x\n\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN <<SH\n\nSH\n"));
    }
}
