package dev.dockerfile.lint;

import java.util.ArrayList;
import java.util.List;

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

    /** @param findings in line order, as {@link Findings#sorted()} gives them */
    static List<Finding> reportOnce(List<Finding> findings, RuleIds ids) {
        List<Finding> kept = new ArrayList<>();
        int lineStart = 0;
        for (Finding finding : findings) {
            while (lineStart < kept.size() && kept.get(lineStart).line() != finding.line()) {
                lineStart++;
            }
            int same = sameCheckOnLine(kept, lineStart, finding, ids);
            if (same < 0) {
                kept.add(finding);
            } else {
                kept.set(same, merged(kept.get(same), finding));
            }
        }
        return kept;
    }

    private static int sameCheckOnLine(List<Finding> kept, int lineStart, Finding finding, RuleIds ids) {
        for (int i = lineStart; i < kept.size(); i++) {
            if (ids.sameCheck(finding.rule()).contains(kept.get(i).rule())) {
                return i;
            }
        }
        return -1;
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
