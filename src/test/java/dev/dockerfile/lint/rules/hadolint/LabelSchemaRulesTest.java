package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DL3049 to DL3056 and DL3058: the rules driven by hadolint's label-schema and strict-labels. */
class LabelSchemaRulesTest {
    private static final Map<String, String> SCHEMA = Map.of("org.opencontainers.image.source", "url",
            "org.opencontainers.image.created", "rfc3339", "org.opencontainers.image.licenses", "spdx",
            "org.opencontainers.image.revision", "hash", "org.opencontainers.image.version", "semver",
            "org.opencontainers.image.authors", "email", "team", "text");
    private static final LintContext WITH_SCHEMA = new LintContext(Set.of(), true, List.of(), SCHEMA, false);
    private static final LintContext STRICT = new LintContext(Set.of(), true, List.of(), Map.of("team", "text"), true);

    private static Rule valueRule(String id) {
        return InvalidLabelValue.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachTypeAcceptsItsValues() {
        assertTrue(LabelType.URL.accepts("https://git.example.org/shop/api"));
        assertFalse(LabelType.URL.accepts("git.example.org/shop"));
        assertTrue(LabelType.RFC3339.accepts("2024-06-30T23:59:60.5Z".replace(":60", ":59")));
        assertTrue(LabelType.RFC3339.accepts("2024-06-30 08:15:00+02:00"));
        assertFalse(LabelType.RFC3339.accepts("30/06/2024"));
        assertTrue(LabelType.SPDX.accepts("GPL-2.0-or-later"));
        assertFalse(LabelType.SPDX.accepts("apache license"));
        assertTrue(LabelType.HASH.accepts("0123abc"));
        assertFalse(LabelType.HASH.accepts("0123ABC"));
        assertTrue(LabelType.SEMVER.accepts("3.1.0-beta.2+build.7"));
        assertFalse(LabelType.SEMVER.accepts("v3.1"));
        assertTrue(LabelType.EMAIL.accepts("ops.team+images@example.co.uk"));
        assertFalse(LabelType.EMAIL.accepts("ops team at example"));
        assertEquals(Optional.of(LabelType.SEMVER), LabelType.of(" SemVer "));
        assertEquals(Optional.empty(), LabelType.of("number"));
    }

    @Test
    void invalidValuesPerType() {
        String file = "FROM alpine:3.20\nLABEL org.opencontainers.image.source=\"example.org\" \\\n"
                + "      org.opencontainers.image.version=1.2 team=\"any text\"\n"
                + "ONBUILD LABEL org.opencontainers.image.authors=nobody\n";
        assertEquals(List.of("2 DL3052"), lines(valueRule("DL3052"), file, WITH_SCHEMA));
        assertEquals(List.of("2 DL3056"), lines(valueRule("DL3056"), file, WITH_SCHEMA));
        assertEquals(List.of("4 DL3058"), lines(valueRule("DL3058"), file, WITH_SCHEMA));
        assertEquals(List.of(), lines(valueRule("DL3052"), file, LintContext.defaults()));
        assertEquals(List.of("1 DL3055"), lines(valueRule("DL3055"), "LABEL org.opencontainers.image.revision=HEAD\n",
                WITH_SCHEMA));
    }

    @Test
    void emptyAndSuperfluousLabels() {
        assertEquals(List.of("2 DL3051"), lines(new EmptySchemaLabel(), "FROM alpine:3.20\nLABEL team=\"\" other=\"\"\n",
                WITH_SCHEMA));
        assertEquals(List.of("3 DL3050"), lines(new SuperfluousLabel(), "FROM alpine:3.20\nLABEL team=shop\n"
                + "LABEL tema=shop\n", STRICT));
        assertEquals(List.of(), lines(new SuperfluousLabel(), "FROM alpine:3.20\nLABEL tema=shop\n", WITH_SCHEMA));
    }

    @Test
    void missingLabelsPerStage() {
        LintContext team = new LintContext(Set.of(), true, List.of(), Map.of("team", "text"), false);
        MissingSchemaLabel rule = new MissingSchemaLabel();
        assertEquals(List.of("1 DL3049"), lines(rule, "FROM alpine:3.20\nLABEL owner=shop\n", team));
        // Inherited from the stage it is built FROM.
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20 AS base\nLABEL team=shop\nFROM base\n", team));
        // A stage only copied from does not ship; one that is neither is reported.
        assertEquals(List.of("3 DL3049"), lines(rule, "FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20 AS tools\n"
                + "FROM scratch\nCOPY --from=build /out /app\nLABEL team=shop\n", team));
        // A base that a labelled stage is built FROM is not reported; its other child is.
        assertEquals(List.of("4 DL3049"), lines(rule, "FROM alpine:3.20 AS os\nFROM os\nLABEL team=shop\nFROM os\n", team));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\n", LintContext.defaults()));
    }
}
