package dev.dockerfile.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, as {@code diff -u} and {@code git diff} print it:
 * {@code ---}/{@code +++} headers, then hunks of changed lines with three lines of context. The
 * drift check prints it so a reviewer sees what the committed file lacks.
 *
 * <p>The longest common subsequence is computed with a table of {@code n * m} entries, which is
 * fine for Dockerfiles (hundreds of lines); beyond {@link #MAX_TABLE} entries the differing middle
 * of the files is shown as one hunk instead.
 */
public final class UnifiedDiff {
    static final int CONTEXT = 3;
    /** 16 M entries of 4 bytes: two files of 4000 differing lines each. */
    static final long MAX_TABLE = 16L * 1024 * 1024;

    private UnifiedDiff() {
    }

    /** One line of an edit script: {@code ' '} kept, {@code '-'} only in the old text, {@code '+'} only in the new. */
    private record Edit(char kind, String line, int oldLine, int newLine) {
    }

    /**
     * The diff of {@code oldText} (named {@code oldName}) to {@code newText}, or the empty string when
     * they are equal. A text that does not end with a newline gets git's marker after its last line.
     */
    public static String between(String oldName, String oldText, String newName, String newText) {
        if (oldText.equals(newText)) {
            return "";
        }
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Edit> edits = edits(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind() == ' ') {
                i++;
                continue;
            }
            // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
            // lies within 2 * CONTEXT kept lines of the previous one.
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int kept = 0;
            for (int j = i; j < edits.size(); j++) {
                if (edits.get(j).kind() == ' ') {
                    if (++kept > 2 * CONTEXT) {
                        break;
                    }
                } else {
                    kept = 0;
                    end = j;
                }
            }
            int stop = Math.min(edits.size(), end + 1 + CONTEXT);
            appendHunk(out, edits.subList(start, stop), a.size(), b.size());
            i = stop;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk, int oldSize, int newSize) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Edit edit : hunk) {
            if (edit.kind() != '+') {
                oldStart = oldStart < 0 ? edit.oldLine() : oldStart;
                oldCount++;
            }
            if (edit.kind() != '-') {
                newStart = newStart < 0 ? edit.newLine() : newStart;
                newCount++;
            }
        }
        out.append("@@ -").append(range(oldStart, oldCount, hunk.get(0).oldLine()))
                .append(" +").append(range(newStart, newCount, hunk.get(0).newLine())).append(" @@\n");
        for (Edit edit : hunk) {
            String line = edit.line();
            boolean unterminated = line.endsWith(NO_NEWLINE);
            out.append(edit.kind()).append(unterminated ? line.substring(0, line.length() - NO_NEWLINE.length()) : line)
                    .append('\n');
            if (unterminated) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    /** {@code start,count} with 1-based lines; an empty range names the line before it, as diff does. */
    private static String range(int start, int count, int fallback) {
        if (count == 0) {
            return Math.max(0, fallback - 1) + ",0";
        }
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** A private mark on the last line when the text lacks a final newline; no real line holds U+0000 twice. */
    private static final String NO_NEWLINE = "\u0000\u0000";

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            if (newline < 0) {
                lines.add(text.substring(from) + NO_NEWLINE);
                break;
            }
            lines.add(text.substring(from, newline));
            from = newline + 1;
        }
        return lines;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        // The common head and tail need no table.
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            edits.add(new Edit(' ', a.get(k), k + 1, k + 1));
        }
        if ((long) (n + 1) * (m + 1) > MAX_TABLE) {
            for (int k = 0; k < n; k++) {
                edits.add(new Edit('-', a.get(head + k), head + k + 1, head + 1));
            }
            for (int k = 0; k < m; k++) {
                edits.add(new Edit('+', b.get(head + k), head + 1, head + k + 1));
            }
        } else {
            // lcs[i][j]: the longest common subsequence of a's and b's middles from i and j on.
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
                    edits.add(new Edit(' ', a.get(head + i), head + i + 1, head + j + 1));
                    i++;
                    j++;
                } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                    // Deletions before insertions on a tie, as diff prints a replaced line.
                    edits.add(new Edit('+', b.get(head + j), head + i + 1, head + j + 1));
                    j++;
                } else {
                    edits.add(new Edit('-', a.get(head + i), head + i + 1, head + j + 1));
                    i++;
                }
            }
        }
        for (int k = tail; k > 0; k--) {
            edits.add(new Edit(' ', a.get(a.size() - k), a.size() - k + 1, b.size() - k + 1));
        }
        return edits;
    }
}
