package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyFromUnknownStageTest {
    private final CopyFromUnknownStage rule = new CopyFromUnknownStage();

    @Test
    void catchesUndefinedAliases() {
        assertEquals(List.of("2 DL3022"), lines(rule, "FROM debian:12\nCOPY --from=builder /a /a\n"));
        assertEquals(List.of("3 DL3022"), lines(rule, "FROM debian:12 AS build\nFROM debian:12\n"
                + "COPY --from=biuld /out /app/\n"));
        assertEquals(List.of("2 DL3022"), lines(rule, "FROM debian:12 AS runtime\nCOPY --from=later /x /x\n"
                + "FROM debian:12 AS later\n"));
    }

    @Test
    void catchesIndexesBeyondTheStagesSoFar() {
        assertEquals(List.of("3 DL3022"), lines(rule, "FROM debian:12\nFROM debian:12\nCOPY --from=2 /a /a\n"));
        assertEquals(List.of("1 DL3022"), lines(rule, "COPY --from=0 /a /a\n"));
        assertEquals(List.of("1 DL3022"), lines(rule, "COPY --from=tools /a /a\n"));
        assertEquals(List.of("2 DL3022"), lines(rule, "FROM debian:12\nCOPY --from=99999999999 /a /a\n"));
    }

    @Test
    void passesStagesIndexesImagesAndVariables() {
        assertEquals(List.of(), lines(rule, "FROM maven:3 AS Builder\nFROM debian:12\nCOPY --from=builder /a /a\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nFROM debian:12\nCOPY --from=0 /a /a\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY --from=nginx:1.27 /a /a\n"
                + "COPY --from=gcr.io/distroless/base /b /b\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY --from=${STAGE} /a /a\nCOPY /x /y\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS self\nCOPY --from=self /a /b\n"));
    }
}
