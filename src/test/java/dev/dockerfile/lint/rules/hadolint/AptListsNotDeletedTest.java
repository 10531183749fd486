package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AptListsNotDeletedTest {
    private final AptListsNotDeleted rule = new AptListsNotDeleted();

    @Test
    void catchesListsLeftInTheFinalImage() {
        assertEquals(List.of("2 DL3009"), lines(rule, "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88\n"));
        assertEquals(List.of("2 DL3009"), lines(rule, "FROM debian:12\nRUN apt update && apt install -y curl\n"));
        // The stage the final one is built FROM ships its layers too.
        assertEquals(List.of("2 DL3009"), lines(rule, "FROM debian:12 AS base\nRUN apt-get update\nFROM base\nRUN id\n"));
        // Deleting before the update does not help.
        assertEquals(List.of("2 DL3009"), lines(rule, "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update\n"));
        // A cache mount on another directory does not hold the lists.
        assertEquals(List.of("2 DL3009"), lines(rule,
                "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y x=1\n"));
    }

    @Test
    void passesCleanedListsBuilderStagesAndMounts() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl=7.88 \\\n"
                + " && rm -rf /var/lib/apt/lists/*\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc=4:12\n"
                + "FROM debian:12\nCOPY --from=build /out /out\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt \\\n"
                + "  --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get update && apt-get install -y x=1 && apt-get distclean\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y ./local.deb\n"));
    }

    @Test
    void aMountOnOneAptDirectoryAloneIsNotEnoughAsInHadolint() {
        assertEquals(List.of("2 DL3009"), lines(rule, "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt \\\n"
                + "  apt-get update && apt-get install -y jq=1.6\n"));
        // Removing docker-clean keeps downloaded .debs; it does nothing for the lists.
        assertEquals(List.of("3 DL3009"), lines(rule, "FROM debian:12\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\n"
                + "RUN --mount=type=cache,target=/var/cache/apt apt-get update\n"));
    }

    @Test
    void aStageAnotherStageIsBuiltFromCountsEvenOffTheFinalChain() {
        assertEquals(List.of("2 DL3009"), lines(rule, "FROM debian:12 AS os\nRUN apt-get update\n"
                + "FROM os AS tools\nRUN id\nFROM scratch\nCOPY --from=tools /x /x\n"));
    }

    @Test
    void aFragmentWithoutFromIsItsOwnLastStage() {
        assertEquals(List.of("1 DL3009"), lines(rule, "RUN apt-get update && apt-get install -y git=1:2.39\n"));
    }

    @Test
    void catchesOnbuildRunsEvenInAnUnusedStage() {
        assertEquals(List.of("2 DL3009"), lines(rule, "FROM debian:12 AS lib\nONBUILD RUN apt-get update\nFROM scratch\n"));
    }
}
