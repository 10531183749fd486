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
import org.junit.jupiter.api.Test;

/**
 * The README's rule table is the rules' own metadata: this test fails when they drift apart;
 * {@code mvn test -Dtest=ReadmeRuleTableTest -Dgolden.update=true} rewrites the table.
 */
class ReadmeRuleTableTest {
    private static final String BEGIN = "<!-- rules:begin -->\n";
    private static final String END = "<!-- rules:end -->";

    static String table(List<Rule> rules) {
        StringBuilder out = new StringBuilder("| id | severity | what | why | how to fix |\n|---|---|---|---|---|\n");
        for (Rule rule : rules) {
            out.append("| ").append(rule.id()).append(" | ").append(rule.severity().id()).append(" | ")
                    .append(cell(rule.summary())).append(" | ").append(cell(rule.why())).append(" | ")
                    .append(cell(rule.fix())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void readmeListsEveryRuleAsItIs() throws Exception {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md needs the markers " + BEGIN.strip() + " and " + END);
        String expected = table(Rules.all());
        if (Boolean.getBoolean("golden.update")) {
            text = text.substring(0, begin + BEGIN.length()) + expected + text.substring(end);
            Files.writeString(readme, text, StandardCharsets.UTF_8);
        }
        assertEquals(expected, text.substring(begin + BEGIN.length(), end));
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
        }
    }
}
