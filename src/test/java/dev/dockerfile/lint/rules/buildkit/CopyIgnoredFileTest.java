package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyIgnoredFileTest {
    private final CopyIgnoredFile rule = new CopyIgnoredFile();

    private static LintContext ignoring(String... lines) {
        return new LintContext(Set.of(), true, List.of(lines));
    }

    @Test
    void catchesContextSourcesTheIgnoreFileExcludes() {
        LintContext context = ignoring("target", "*.env");
        assertEquals(List.of("2 CopyIgnoredFile", "3 CopyIgnoredFile", "4 CopyIgnoredFile"),
                lines(rule, "FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app/\nADD [\"prod.env\", \"/etc/\"]\n"
                        + "COPY --chown=10001 pom.xml ./target/ /src/\n", context));
        assertEquals("Attempting to Add file \"target\" that is excluded by .dockerignore: the build cannot find it;"
                + " remove its pattern from the ignore file or stop copying it.",
                findings(rule, "FROM alpine:3.20\nADD \"./target/\" /x\n", context).get(0).message());
    }

    @Test
    void theContextRootOnlyWhenEveryRootEntryIsExcluded() {
        assertEquals(List.of("2 CopyIgnoredFile"), lines(rule, "FROM alpine:3.20\nCOPY . /src\n", ignoring("*")));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nCOPY . /src\nCOPY / /src\n", ignoring(".git", ".*")));
    }

    @Test
    void passesWhatBuildKitCannotDecideOrDoesNotRead() {
        LintContext context = ignoring("target");
        String dockerfile = "FROM maven:3.9 AS build\nCOPY target /x\nFROM alpine:3.20\nCOPY --from=build target /x\n"
                + "ADD https://example.com/target /x\nCOPY ${DIR}target /x\nCOPY <<target /x\nhi\ntarget\n";
        assertEquals(List.of("2 CopyIgnoredFile"), lines(rule, dockerfile, context));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nCOPY target /x\n", ignoring("target", "!target/keep")));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nCOPY target /x\n", LintContext.defaults()));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nCOPY /target /x\nCOPY target\n", context));
    }
}
