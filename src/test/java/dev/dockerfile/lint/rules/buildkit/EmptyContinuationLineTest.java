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
    void catchesBlankLinesInsideAContinuation() {
        assertEquals(List.of("3 NoEmptyContinuation", "5 NoEmptyContinuation"),
                lines(rule, "FROM alpine\nRUN apk add \\\n\n    gnupg \\\n\n    curl\n"));
        assertEquals(List.of("3 NoEmptyContinuation"), lines(rule, "FROM alpine\nEXPOSE \\\n\n80\n"));
        assertEquals(List.of("4 NoEmptyContinuation"), lines(rule, "FROM alpine\nRUN a \\\n  b \\\n   \n  c\n"));
        assertTrue(findings(rule, "FROM alpine\nEXPOSE \\\n\n80\n", LintContext.defaults()).get(0).message()
                .contains("EXPOSE of line 2"));
    }

    @Test
    void passesCommentsAndBlankLinesBetweenInstructions() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nEXPOSE \\\n# Port\n80\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\n\nRUN x\n\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN a \\\n  b\n"));
    }
}
