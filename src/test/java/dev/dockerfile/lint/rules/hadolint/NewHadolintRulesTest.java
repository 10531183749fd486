package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DL1001, DL3057, DL3066 and DL3067: the hadolint rules without a BuildKit or project twin. */
class NewHadolintRulesTest {

    @Test
    void inlineIgnorePragmasAreFoundButOffByDefault() {
        InlineIgnorePragma rule = new InlineIgnorePragma();
        assertEquals(Severity.NONE, rule.severity());
        assertEquals(List.of("2 DL1001"), lines(rule, "FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n"
                + "# hadolint global ignore=DL3059\n# hadolint shell=bash\n# plain remark\n"));
    }

    @Test
    void nonNumericUsersAnywhere() {
        NonNumericUser rule = new NonNumericUser();
        assertEquals(List.of("2 DL3066", "4 DL3066"), lines(rule, "FROM alpine:3.20 AS build\nUSER builder\n"
                + "FROM alpine:3.20\nUSER app:app\nUSER 10001:app\n"));
        assertEquals(List.of("3 DL3066"), lines(rule, "ARG UID=10001\nFROM alpine:3.20\nUSER $HOME\nUSER ${UID}:${UID}\n"));
    }

    @Test
    void wholeFilesystemFromAnotherStage() {
        WholeFilesystemCopied rule = new WholeFilesystemCopied();
        assertEquals(List.of("3 DL3067", "4 DL3067"), lines(rule, "FROM alpine:3.20 AS rootfs\nFROM scratch\n"
                + "COPY --from=rootfs / /\nCOPY --from=rootfs '/' \"/\"\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20 AS rootfs\nFROM scratch\nCOPY --from=rootfs /etc /\n"
                + "COPY --from=rootfs / /rootfs/\nCOPY / /\n"));
    }

    @Test
    void healthcheckMissingAlongTheStageChains() {
        MissingHealthcheck rule = new MissingHealthcheck();
        assertEquals(Severity.NONE, rule.severity());
        assertEquals(List.of("1 DL3057"), lines(rule, "FROM nginx:1.27\nEXPOSE 80\n"));
        assertEquals(List.of(), lines(rule, "FROM nginx:1.27\nHEALTHCHECK NONE\n"));
        // A base passes when the chain built from it ends with a HEALTHCHECK, and its children inherit it.
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS os\nFROM os AS runtime\nHEALTHCHECK CMD [\"/probe\"]\n"
                + "FROM runtime\n"));
        // A branch that started before the check was known, and everything built from it, do not.
        assertEquals(List.of("3 DL3057", "6 DL3057"), lines(rule, "FROM debian:12 AS os\nFROM os AS web\n"
                + "FROM os AS worker\nFROM web AS web-final\nHEALTHCHECK NONE\nFROM worker\n"));
    }
}
