package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyFromOwnStageTest {
    private final CopyFromOwnStage rule = new CopyFromOwnStage();

    @Test
    void catchesCopyFromTheCurrentStage() {
        assertEquals(List.of("2 DL3023"), lines(rule, "FROM debian:12 AS build\nCOPY --from=build /a /b\n"));
        assertEquals(List.of("4 DL3023"), lines(rule, "FROM debian:12 AS a\nFROM debian:12 AS b\nRUN true\n"
                + "COPY --from=B /x /y\n"));
        assertEquals(List.of("3 DL3023"), lines(rule, "FROM debian:12\nFROM debian:12\nCOPY --from=1 /x /y\n"));
        assertEquals(List.of("3 DL3023"), lines(rule, "FROM debian:12 AS build\nRUN make\nCOPY --from=build \\\n"
                + "  /out /app/\n"));
    }

    @Test
    void passesCopyFromOtherStages() {
        assertEquals(List.of(), lines(rule,
                "FROM debian:12 AS build\nFROM debian:12 AS run\nCOPY --from=build /a /b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nFROM debian:12\nCOPY --from=0 /a /b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS build\nCOPY build /build\nRUN cp --from=build a b\n"));
    }
}
