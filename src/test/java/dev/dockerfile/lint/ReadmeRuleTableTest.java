package dev.dockerfile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.rules.Rules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The one rule table: the README's table and docs/rules.md (the page of this project's own rules,
 * which their documentation URLs point to) are generated from the rules' own metadata. This test fails
 * when they drift apart, naming the command that rewrites them ({@link #UPDATE}).
 */
class ReadmeRuleTableTest {
    static final String UPDATE = "./mvnw -B test -Djacoco.skip -Dinvoker.skip -Dtest=ReadmeRuleTableTest -Dgolden.update=true";
    private static final String BEGIN = "<!-- rules:begin -->\n";
    private static final String END = "<!-- rules:end -->";
    private static final Path README = Path.of("README.md");
    private static final Path PROJECT_RULES = Path.of("docs/rules.md");

    static String table(List<Rule> rules) {
        StringBuilder out = new StringBuilder(
                "| id | origin | aliases | severity | what | why | how to fix |\n|---|---|---|---|---|---|---|\n");
        for (Rule rule : rules) {
            out.append("| [").append(rule.id()).append("](").append(rule.documentationUrl()).append(") | ")
                    .append(origin(rule.origin())).append(" | ").append(String.join(", ", new TreeSet<>(rule.aliases())))
                    .append(" | ").append(rule.severity().id()).append(" | ").append(cell(rule.summary())).append(" | ")
                    .append(cell(rule.why())).append(" | ").append(cell(rule.fix())).append(" |\n");
        }
        return out.toString();
    }

    static String projectRulesPage(List<Rule> rules) {
        StringBuilder out = new StringBuilder("# The plugin's own rules\n\n"
                + "The `DF` rules of `dockerfile:check`, where hadolint and BuildKit have none; the README's rule table\n"
                + "lists every rule, with links to hadolint's and BuildKit's pages for theirs. Generated from the rules\n"
                + "(`" + UPDATE + "`).\n");
        for (Rule rule : rules) {
            if (rule.origin() == RuleOrigin.PROJECT) {
                out.append("\n## ").append(rule.id()).append("\n\n**").append(rule.summary()).append("** (")
                        .append(rule.severity().id()).append(")\n\n").append("Why: ").append(rule.why())
                        .append(".\n\nFix: ").append(rule.fix()).append('\n');
            }
        }
        return out.toString();
    }

    private static String origin(RuleOrigin origin) {
        return switch (origin) {
            case HADOLINT -> "hadolint";
            case BUILDKIT -> "BuildKit";
            case PROJECT -> "this plugin";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void readmeListsEveryRuleAsItIs() throws Exception {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md needs the markers " + BEGIN.strip() + " and " + END);
        String expected = table(Rules.all());
        String actual = text.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(README, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(expected, actual,
                "README.md's rule table is out of date; rewrite it with " + UPDATE);
    }

    @Test
    void docsDescribeEveryProjectRuleAsItIs() throws Exception {
        String expected = projectRulesPage(Rules.all());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PROJECT_RULES, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(PROJECT_RULES) ? Files.readString(PROJECT_RULES, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, PROJECT_RULES + " is out of date; rewrite it with " + UPDATE);
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
