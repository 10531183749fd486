package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InconsistentInstructionCasingTest {
    private final InconsistentInstructionCasing rule = new InconsistentInstructionCasing();

    @Test
    void catchesKeywordsThatDifferFromTheMajority() {
        assertEquals(List.of("2 ConsistentInstructionCasing"), lines(rule, "FROM alpine\nrun echo hi\nCMD [\"x\"]\n"));
        assertEquals(List.of("3 ConsistentInstructionCasing"), lines(rule, "from alpine\nrun echo hi\nCOPY a b\n"));
        assertEquals(List.of("1 ConsistentInstructionCasing", "2 ConsistentInstructionCasing",
                "3 ConsistentInstructionCasing"),
                lines(rule, "From alpine\nRun echo hello > /greeting.txt\nEntRYpOiNT [\"cat\", \"/greeting.txt\"]\n"));
    }

    @Test
    void upperCaseWinsATie() {
        assertEquals(List.of("2 ConsistentInstructionCasing"), lines(rule, "FROM alpine\nrun echo hi\n"));
    }

    @Test
    void passesConsistentFiles() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN echo hello\nENTRYPOINT [\"cat\"]\n"));
        assertEquals(List.of(), lines(rule, "from alpine\nrun echo hello\nentrypoint [\"cat\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN echo \\\n  run this\n"));
    }

    @Test
    void ignoresUnknownKeywords() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nfoo bar\nbaz qux\nRUN x\n"));
    }
}
