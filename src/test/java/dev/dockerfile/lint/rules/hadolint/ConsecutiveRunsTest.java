package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsecutiveRunsTest {
    private final ConsecutiveRuns rule = new ConsecutiveRuns();

    @Test
    void catchesSimpleConsecutiveRuns() {
        assertEquals(List.of("3 DL3059"), lines(rule, "FROM debian:12\nRUN /foo.sh\nRUN /bar.sh\n"));
        assertEquals(List.of("3 DL3059", "5 DL3059"), lines(rule, "FROM debian:12\nRUN apt-get update\n"
                + "RUN apt-get install -y curl\n\nRUN curl -LO https://x/y.tar\n"));
        assertEquals(List.of("3 DL3059"), lines(rule, "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\n"
                + "RUN --mount=type=secret,id=foo /bar.sh\n"));
        assertEquals(List.of("4 DL3059"), lines(rule, "FROM debian:12\nRUN a \\\n  --flag\nRUN [\"b\"]\n"));
        // A comment is no instruction: the RUNs are still consecutive, as hadolint counts them.
        assertEquals(List.of("5 DL3059"), lines(rule, "FROM debian:12\nRUN /foo.sh\n# now the second step\n\nRUN /bar.sh\n"));
    }

    @Test
    void passesSeparatedChainedOrDifferentlyFlaggedRuns() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN /foo.sh \\\n && /bar.sh\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\n"
                + "RUN --mount=type=secret,id=bar /bar.sh\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apk add --no-cache curl tar\n"
                + "RUN curl -LO https://x/t.tgz && tar -xf t.tgz && rm t.tgz\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS a\nRUN /foo.sh\nFROM debian:12\nRUN /bar.sh\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN /foo.sh\nRUN <<EOT\nset -e\nmake\nEOT\n"));
    }
}
