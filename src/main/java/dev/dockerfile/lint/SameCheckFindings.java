package dev.dockerfile.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One finding where two rules of the same check (a rule and its alias, such as BuildKit's
 * {@code JSONArgsRecommended} and hadolint's {@code DL3025} once one names the other) report the same
 * line: the same problem twice is noise, and a count that doubles for it misleads. The finding kept is
 * the more severe one, on a tie hadolint's (whose ids {@code .hadolint.yaml} and the pragmas of most
 * users are written with); its message names the other id, so users of either tool find theirs.
 * Rules that merely overlap ({@code DF007} and {@code DL3009}: the final image's size against any
 * stage's apt lists) are different checks with their own ids, severities and ignores: both stay.
 */
final class SameCheckFindings {
    private SameCheckFindings() {
    }

    /**
     * @param findings in line order, as {@link Findings#sorted()} gives them; linear in their number, since one
     *     line of a big file can have thousands (a package list), and only findings of aliased rules are looked up
     */
    static List<Finding> reportOnce(List<Finding> findings, RuleIds ids) {
        List<Finding> kept = new ArrayList<>();
        // On the current line: each check's first finding, by the check's first id; and the ones merged already.
        Map<String, Integer> firstOfCheck = new HashMap<>();
        Set<Integer> merged = new HashSet<>();
        int line = -1;
        for (Finding finding : findings) {
            if (finding.line() != line) {
                line = finding.line();
                firstOfCheck.clear();
            }
            Set<String> check = ids.sameCheck(finding.rule());
            String key = check.size() == 1 ? null : Collections.min(check);
            Integer first = key == null ? null : firstOfCheck.get(key);
            if (first != null && !kept.get(first).rule().equals(finding.rule()) && merged.add(first)) {
                kept.set(first, merged(kept.get(first), finding));
            } else {
                if (key != null) {
                    firstOfCheck.putIfAbsent(key, kept.size());
                }
                kept.add(finding);
            }
        }
        return kept;
    }

    private static Finding merged(Finding a, Finding b) {
        boolean aFirst = a.severity() != b.severity() ? a.severity().ordinal() < b.severity().ordinal()
                : RuleOrigin.ofId(a.rule()) == RuleOrigin.HADOLINT || RuleOrigin.ofId(b.rule()) != RuleOrigin.HADOLINT;
        Finding kept = aFirst ? a : b;
        Finding other = aFirst ? b : a;
        return new Finding(kept.rule(), kept.severity(), kept.line(),
                kept.message() + " (same check as " + other.rule() + ")");
    }
}
