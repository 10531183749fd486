package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleInstructionsDisallowedTest {
    private final MultipleInstructionsDisallowed rule = new MultipleInstructionsDisallowed();

    @Test
    void reportsEveryOverriddenInstruction() {
        assertEquals(List.of("2 MultipleInstructionsDisallowed", "3 MultipleInstructionsDisallowed"),
                lines(rule, "FROM nginx:1.27\nCMD [\"nginx\"]\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\nCMD [\"sh\"]\n"));
        assertEquals(List.of("2 MultipleInstructionsDisallowed", "3 MultipleInstructionsDisallowed",
                "4 MultipleInstructionsDisallowed"),
                lines(rule, "FROM nginx:1.27\nENTRYPOINT [\"a\"]\nHEALTHCHECK NONE\nCMD [\"b\"]\nUSER 101\n"
                        + "HEALTHCHECK CMD [\"c\"]\nentrypoint [\"d\"]\nCMD [\"e\"]\n"));
        assertEquals("Multiple entrypoint instructions should not be used in the same stage because only the last"
                + " one will be used: line 3 overrides this one; remove it.",
                findings(rule, "FROM nginx:1.27\nENTRYPOINT [\"a\"]\nentrypoint [\"d\"]\n", LintContext.defaults())
                        .get(0).message());
    }

    @Test
    void eachStageHasItsOwn() {
        assertEquals(List.of(), lines(rule, "FROM nginx:1.27 AS base\nCMD [\"a\"]\nENTRYPOINT [\"b\"]\n"
                + "FROM base\nCMD [\"c\"]\nENTRYPOINT [\"d\"]\nONBUILD CMD [\"e\"]\n"));
    }
}
