package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownInstructionTest {
    private final UnknownInstruction rule = new UnknownInstruction();

    @Test
    void catchesUnknownKeywords() {
        assertEquals(List.of("2 DF008"), lines(rule, "FROM alpine\nCOPPY a b\n"));
        assertEquals(List.of("2 DF008"), lines(rule, "FROM alpine\nfoo bar\n"));
        assertEquals(List.of("2 DF008"), lines(rule, "FROM alpine\nONBUILD RUNN make\n"));
        assertEquals(List.of("3 DF008"), lines(rule, "FROM alpine\nRUN apt-get update\n    apt-get install -y curl\n"));
    }

    @Test
    void reportsAnErrorWithASuggestion() {
        Finding finding = findings(rule, "FROM alpine\nCOPPY a b\n", LintContext.defaults()).get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().contains("Did you mean `COPY`?"), finding.message());
    }

    @Test
    void passesKnownKeywordsInAnyCaseAndBuildKitFlags() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN x\nCMD [\"x\"]\nLABEL a=b\nMAINTAINER me\nEXPOSE 80\n"
                + "ENV A=1\nADD a b\nCOPY a b\nENTRYPOINT [\"x\"]\nVOLUME /v\nUSER 1\nWORKDIR /w\nARG B\n"
                + "ONBUILD RUN x\nSTOPSIGNAL SIGTERM\nHEALTHCHECK NONE\nSHELL [\"/bin/sh\", \"-c\"]\n"));
        assertEquals(List.of(), lines(rule, "from alpine\nrun echo \\\n  foo\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN --mount=type=cache,target=/x --network=none x\n"
                + "COPY --link --parents --exclude=*.md a b\n"));
    }
}
