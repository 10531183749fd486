package dev.dockerfile.text;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean": the edit distance between two words (insertions, deletions, substitutions and
 * swaps of two neighbours count one each) and the nearest candidate. One place for the messages of
 * the check rules and of the template directory.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The candidate nearest to {@code word}, ignoring case, at most {@code limit} edits away; {@code null} if none. */
    public static String closest(String word, Collection<String> candidates, int limit) {
        String best = null;
        int bestDistance = limit + 1;
        String key = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            int d = between(key, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The optimal-string-alignment distance: Levenshtein plus swaps of two neighbouring characters. */
    public static int between(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], before[j - 2] + 1);
                }
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
