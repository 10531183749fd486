package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits as Docker 20.10's BuildKit applies them (each case was built there: 65,535 builds, 65,536 fails). */
class LineTooLongTest {
    private final LineTooLong rule = new LineTooLong();

    /** {@code LABEL a=bbb...} of exactly {@code bytes} bytes. */
    private static String label(int bytes) {
        return "LABEL a=" + "b".repeat(bytes - "LABEL a=".length());
    }

    @Test
    void catchesLinesOverTheLimitCountingBytesCrAndBom() {
        assertEquals(List.of(), lines(rule, "FROM scratch\n" + label(65_535) + "\n"));
        assertEquals(List.of("2 DF009"), lines(rule, "FROM scratch\n" + label(65_536) + "\n"));
        assertEquals(List.of(), lines(rule, "FROM scratch\r\n" + label(65_534) + "\r\n"), "the CR counts");
        assertEquals(List.of("2 DF009"), lines(rule, "FROM scratch\r\n" + label(65_535) + "\r\n"));
        assertEquals(List.of("2 DF009"), lines(rule, "FROM scratch\n" + label(65_536)), "without a final LF");
        assertEquals(List.of(), lines(rule, "FROM scratch\n" + label(65_535)));
        assertEquals(List.of("1 DF009"), lines(rule, "\uFEFF" + label(65_533) + "\nFROM scratch\n"), "the BOM counts");
        String wide = "LABEL a=b" + "é".repeat(32_763);
        assertEquals(List.of(), lines(rule, "FROM scratch\n" + wide + "\n"), "65,535 bytes in 32,772 characters");
        assertEquals(List.of("2 DF009"), lines(rule, "FROM scratch\n" + wide + "é\n"));
    }

    @Test
    void theMessageSaysHowLongAndHowToSplit() {
        assertEquals("Line 2 is 100,000 bytes long; BuildKit reads at most 65,535 and fails the build on it. Split it"
                + " with `\\` continuations (each physical line counts on its own), or move long data into a file the"
                + " build COPYs.", findings(rule, "FROM scratch\n" + label(100_000) + "\n", LintContext.defaults())
                        .get(0).message());
    }
}
