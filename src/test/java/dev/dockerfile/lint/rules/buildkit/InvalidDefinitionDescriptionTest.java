package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDefinitionDescriptionTest {
    private static final String ON = "# check=experimental=InvalidDefinitionDescription\n";
    private final InvalidDefinitionDescription rule = new InvalidDefinitionDescription();

    @Test
    void catchesDescriptionsThatDoNotStartWithTheName() {
        String dockerfile = ON + "# JDK the compiler image\nARG JDK=21\n"
                + "# Build compiles the sources\nFROM maven:3.9 AS build\n"
                + "# flags passed to mvn\n\nARG MVN_FLAGS=-B\n"
                + "# several at once\nARG A=1 B=2\n";
        assertEquals(List.of("5 InvalidDefinitionDescription", "8 InvalidDefinitionDescription",
                "10 InvalidDefinitionDescription"), lines(rule, dockerfile));
        assertEquals("Comment for ARG should follow the format: `# <arg_key> <description>`; start it with the name,"
                + " or put an empty `#` line between it and the ARG if it is not a description.",
                findings(rule, ON + "FROM alpine:3.20\n# two\nARG A B\n", LintContext.defaults()).get(0).message());
    }

    @Test
    void passesDescriptionsSeparatedCommentsAndOtherInstructions() {
        assertEquals(List.of(), lines(rule, ON + "# build the stage that compiles\nFROM maven:3.9 AS Build\n"
                + "# not about the ARG\n#\nARG REVISION\n# B second key described\nARG A=1 B=2\n"
                + "# a comment for RUN\nRUN true\nARG UNDESCRIBED\n"));
        // BuildKit drops only the line's first character: an indented comment keeps its mark, and does not restart.
        assertEquals(List.of("4 InvalidDefinitionDescription", "6 InvalidDefinitionDescription"),
                lines(rule, ON + "FROM alpine:3.20\n  # X indented\nARG X\n  #\nARG Y\n"));
    }

    @Test
    void runsOnlyWhereACheckOptionTurnsItOn() {
        String body = "FROM alpine:3.20\n# the version\nARG VERSION\n";
        assertEquals(List.of(), lines(rule, body));
        assertEquals(List.of(), lines(rule, "# check=skip=all\n" + body));
        assertEquals(List.of("4 InvalidDefinitionDescription"), lines(rule, "# check=experimental=all;error=true\n" + body));
        assertEquals(List.of("5 InvalidDefinitionDescription"),
                lines(rule, "FROM alpine:3.20\n# check=experimental=InvalidDefinitionDescription // try it\n"
                        + "# release\n\nARG VERSION\nARG OTHER\n"));
        assertEquals(List.of(), lines(rule, "# check=experimental=all,Other\n" + body));
        assertEquals(List.of(), lines(rule, "# check=experimental=all;bogus=1\n" + body));
        assertEquals(List.of(), lines(rule, "# check=error=maybe;experimental=all\n" + body));
        assertEquals(List.of(), lines(rule, "# check=experimental\n" + body));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\n# syntax=x\n# check=skip=all\n# the version\nARG VERSION\n"));
    }
}
