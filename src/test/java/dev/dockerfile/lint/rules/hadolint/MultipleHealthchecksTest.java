package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleHealthchecksTest {
    private final MultipleHealthchecks rule = new MultipleHealthchecks();

    @Test
    void catchesSecondHealthcheckInAStage() {
        assertEquals(List.of("3 DL3012"), lines(rule, "FROM debian:12\nHEALTHCHECK CMD [\"true\"]\n"
                + "HEALTHCHECK --interval=5s CMD curl -f http://localhost/\n"));
        assertEquals(List.of("3 DL3012", "4 DL3012"), lines(rule, "FROM debian:12\nHEALTHCHECK NONE\n"
                + "healthcheck CMD true\nHEALTHCHECK CMD false\n"));
        assertEquals(List.of("5 DL3012"), lines(rule, "FROM debian:12 AS a\nHEALTHCHECK CMD true\nFROM debian:12\n"
                + "HEALTHCHECK CMD true\nHEALTHCHECK CMD false\n"));
    }

    @Test
    void passesOneHealthcheckPerStage() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nHEALTHCHECK CMD [\"true\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS a\nHEALTHCHECK CMD true\nFROM a\nHEALTHCHECK NONE\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN echo HEALTHCHECK\nONBUILD HEALTHCHECK CMD true\n"));
    }
}
