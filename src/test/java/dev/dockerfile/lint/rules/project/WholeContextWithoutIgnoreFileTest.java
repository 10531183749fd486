package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WholeContextWithoutIgnoreFileTest {
    private final WholeContextWithoutIgnoreFile rule = new WholeContextWithoutIgnoreFile();
    private final LintContext noIgnoreFile = new LintContext(Set.of(), false);

    @Test
    void catchesWholeContextCopies() {
        assertEquals(List.of("2 DF004"), lines(rule, "FROM alpine\nCOPY . .\n", noIgnoreFile));
        assertEquals(List.of("2 DF004"), lines(rule, "FROM alpine\nADD . /app\n", noIgnoreFile));
        assertEquals(List.of("2 DF004"), lines(rule, "FROM alpine\nCOPY [\".\", \"/app\"]\n", noIgnoreFile));
        assertEquals(List.of("2 DF004"), lines(rule, "FROM alpine\nCOPY --chown=1000 ./ /app/\n", noIgnoreFile));
        assertEquals(List.of("2 DF004"), lines(rule, "FROM alpine\nONBUILD COPY . /app\n", noIgnoreFile));
    }

    @Test
    void passesWhenAnIgnoreFileApplies() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nCOPY . .\n"));
    }

    @Test
    void passesSelectiveCopies() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nCOPY src ./src\nCOPY ./pom.xml .\n", noIgnoreFile));
        assertEquals(List.of(), lines(rule, "FROM alpine\nCOPY --from=build . .\n", noIgnoreFile));
        assertEquals(List.of(), lines(rule, "FROM alpine\nCOPY <<EOF .\nhello\nEOF\nRUN cp . /x\n", noIgnoreFile));
    }
}
