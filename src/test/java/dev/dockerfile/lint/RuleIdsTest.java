package dev.dockerfile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.rules.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleIdsTest {
    private final RuleIds all = new RuleIds(Rules.all());

    @Test
    void idsAliasesAndShellCheckIdsAreKnown() {
        assertEquals(Optional.empty(), all.problem("DL3008"));
        assertEquals(Optional.empty(), all.problem("StageNameCasing"));
        assertEquals(Optional.empty(), all.problem("SC2086"), "ShellCheck's ids are ShellCheck's, all accepted");
        RuleIds aliased = new RuleIds(List.of(SameCheckFindingsTest.everyCmd("ReservedStageName", Severity.WARNING, "DL3063")));
        assertEquals(Optional.empty(), aliased.problem("DL3063"));
    }

    @Test
    void anUnknownIdGetsTheNearestOne() {
        assertEquals(Optional.of("StageNameCasng names no rule of this plugin, so it applies to nothing; did you mean StageNameCasing?"),
                all.problem("StageNameCasng"));
        assertEquals(Optional.of("DL9999 names no rule of this plugin, so it applies to nothing; did you mean DL3009?"),
                all.problem("DL9999"));
        assertEquals(Optional.of("Q names no rule of this plugin, so it applies to nothing; see the rule table in docs/rules.md"),
                all.problem("Q"));
        assertEquals(Optional.of("SC20 names no rule of this plugin, so it applies to nothing; see the rule table in docs/rules.md"),
                all.problem("SC20"), "ShellCheck ids have four digits");
    }

    @Test
    void sameCheckJoinsARuleWithItsAliasesBothWays() {
        Rule hadolint = SameCheckFindingsTest.everyCmd("DL3025", Severity.WARNING);
        Rule buildKit = SameCheckFindingsTest.everyCmd("JSONArgsRecommended", Severity.WARNING, "DL3025");
        Rule other = SameCheckFindingsTest.everyCmd("DL4000", Severity.WARNING, "MaintainerDeprecated");
        for (List<Rule> order : List.of(List.of(hadolint, buildKit, other), List.of(buildKit, hadolint, other))) {
            RuleIds ids = new RuleIds(order);
            assertEquals(Set.of("DL3025", "JSONArgsRecommended"), ids.sameCheck("DL3025"));
            assertEquals(Set.of("DL3025", "JSONArgsRecommended"), ids.sameCheck("JSONArgsRecommended"));
            assertEquals(Set.of("DL4000", "MaintainerDeprecated"), ids.sameCheck("MaintainerDeprecated"));
        }
        assertEquals(Set.of("nobody"), all.sameCheck("nobody"));
    }

    @Test
    void documentationUrlsFromOriginAndId() {
        assertEquals("https://github.com/hadolint/hadolint/wiki/DL3008", url("DL3008"));
        assertEquals("https://www.shellcheck.net/wiki/SC2086", url("SC2086"));
        assertEquals("https://docs.docker.com/reference/build-checks/json-args-recommended/", url("JSONArgsRecommended"));
        assertEquals("https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/", url("SecretsUsedInArgOrEnv"));
        assertEquals("https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/",
                url("FromPlatformFlagConstDisallowed"));
        assertEquals("https://github.com/dockerfile-maven-plugin/dockerfile-maven-plugin/blob/main/docs/rules.md#df007",
                url("DF007"));
    }

    private static String url(String id) {
        return SameCheckFindingsTest.everyCmd(id, Severity.INFO).documentationUrl();
    }

    @Test
    void ruleIdsAreUniqueAndEveryRuleIsDescribed() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : Rules.all()) {
            assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
            assertTrue(rule.id().matches("DL[134]\\d{3}|DF\\d{3}|[A-Z][A-Za-z]+"), rule.id());
            assertTrue(!rule.summary().isBlank() && !rule.why().isBlank() && !rule.fix().isBlank(), rule.id());
            // Off by default only where hadolint has the rule off ("ignore").
            assertTrue(rule.severity() != Severity.NONE || Set.of("DL1001", "DL3057").contains(rule.id()), rule.id());
            assertTrue(!rule.aliases().contains(rule.id()), rule.id() + " is not its own alias");
        }
        assertTrue(ids.contains(ParseError.ID), "DF000 is in the table");
    }
}
