package dev.dockerfile.lint;

import dev.dockerfile.text.EditDistance;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The ids users may write for a set of rules: each rule's id and its aliases, grouped by check (an
 * alias and the rule it names are one check, whichever of the two ids is written), plus ShellCheck's
 * {@code SC1234}, which name ShellCheck's own checks and are all accepted.
 */
public final class RuleIds {
    private static final Pattern SHELLCHECK = Pattern.compile("SC\\d{4}");

    /** Every id and alias, sorted (the "did you mean" of a tie is then the same on every run), to its check's ids. */
    private final Map<String, Set<String>> checks = new TreeMap<>();

    public RuleIds(Collection<Rule> rules) {
        for (Rule rule : rules) {
            Set<String> check = new HashSet<>(rule.aliases());
            check.add(rule.id());
            for (String id : Set.copyOf(check)) {
                check.addAll(checks.getOrDefault(id, Set.of()));
            }
            Set<String> merged = Set.copyOf(check);
            merged.forEach(id -> checks.put(id, merged));
        }
    }

    /** {@code id} and every other id of the same check; just {@code id} when no rule has it. */
    public Set<String> sameCheck(String id) {
        return checks.getOrDefault(id, Set.of(id));
    }

    /**
     * What is wrong with configuring {@code id}, or empty when it names a rule: no rule has it (with the
     * nearest id, written by mistake more often than not), or it is {@code DF000}, which stays an error.
     */
    public Optional<String> problem(String id) {
        if (id.equals(ParseError.ID)) {
            return Optional.of(id + " (a file that does not parse) is always an error and cannot be ignored or"
                    + " overridden; remove it");
        }
        if (checks.containsKey(id) || SHELLCHECK.matcher(id).matches()) {
            return Optional.empty();
        }
        String nearest = EditDistance.closest(id, checks.keySet(), Math.max(2, id.length() / 2));
        return Optional.of(id + " names no rule of this plugin, so it applies to nothing; "
                + (nearest != null ? "did you mean " + nearest + "?" : "see the rule table in docs/rules.md"));
    }
}
