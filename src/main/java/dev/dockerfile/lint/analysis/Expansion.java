package dev.dockerfile.lint.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;

/**
 * One evaluation of {@link Variables#expand}. Iterative, with an explicit stack of the
 * {@code ${name<modifier>word}} being read, because BuildKit builds files whose defaults nest
 * thousands deep ({@code ${a:-${b:-...}}}) and one Java frame per level overflowed the stack;
 * every word is expanded in place in one buffer, so the work is linear in the text.
 */
final class Expansion {
    /**
     * Longer results are not evaluated ({@code null}): {@code ARG B=$A$A$A}, {@code ARG C=$B$B$B}, ...
     * grows exponentially and would exhaust the heap long before an image reference could use it.
     */
    static final int MAX_LENGTH = 1 << 20;

    /** A {@code ${name<modifier>word}} whose word is being expanded into {@code out} from {@code start}. */
    private static final class Frame {
        final String name;
        final String modifier;
        final int end;
        final int start;
        boolean inDouble;
        boolean failed;

        Frame(String name, String modifier, int end, int start) {
            this.name = name;
            this.modifier = modifier;
            this.end = end;
            this.start = start;
        }
    }

    private final String s;
    private final char escape;
    private final Map<String, String> values;
    private final StringBuilder out = new StringBuilder();
    private int[] closing;

    Expansion(String s, char escape, Map<String, String> values) {
        this.s = s;
        this.escape = escape;
        this.values = values;
    }

    String run() {
        Deque<Frame> open = new ArrayDeque<>();
        Frame root = new Frame(null, null, s.length(), 0);
        Frame current = root;
        int i = 0;
        while (!root.failed && out.length() <= MAX_LENGTH) {
            if (i >= current.end) {
                if (current == root) {
                    return out.length() <= MAX_LENGTH ? out.toString() : null;
                }
                Frame done = current;
                current = open.pop();
                close(done, current);
                i = done.end < current.end ? done.end + 1 : current.end;
                continue;
            }
            char c = s.charAt(i);
            if (c == escape && i + 1 < current.end) {
                out.append(s, i, i + 2);
                i += 2;
            } else if (c == '\'' && !current.inDouble) {
                int end = s.indexOf('\'', i + 1);
                end = end < 0 || end >= current.end ? current.end : end + 1;
                out.append(s, i, end);
                i = end;
            } else if (c == '"') {
                current.inDouble = !current.inDouble;
                out.append(c);
                i++;
            } else if (c == '$' && i + 1 < current.end && Variables.isNameStart(s.charAt(i + 1))) {
                int end = Variables.nameEnd(s, i + 1, current.end);
                current.failed |= !appendValue(s.substring(i + 1, end));
                i = end;
            } else if (c == '$' && i + 1 < current.end && s.charAt(i + 1) == '{') {
                int close = Math.min(closingBrace(i + 1), current.end);
                Variables.Braced braced = Variables.Braced.at(s, i, close);
                if (!braced.hasName()) {
                    current.failed = true;
                } else if (braced.modifier() == null) {
                    current.failed |= !appendValue(braced.name());
                } else {
                    open.push(current);
                    current = new Frame(braced.name(), braced.modifier(), close, out.length());
                    i = braced.wordStart();
                    continue;
                }
                i = close < current.end ? close + 1 : current.end;
            } else {
                out.append(c);
                i++;
            }
        }
        return null;
    }

    /** {@code $name} or {@code ${name}}: its value; false when it is not declared at all. */
    private boolean appendValue(String name) {
        if (!values.containsKey(name)) {
            return false;
        }
        String value = values.get(name);
        out.append(value == null ? "" : value);
        return true;
    }

    /** What an operator makes of {@code ${name<operator>word}}. */
    private enum Outcome { WORD, VALUE, NOTHING, FAIL }

    /** Replaces the expanded word of {@code done} by what its operator makes of it; a failure fails {@code parent}. */
    private void close(Frame done, Frame parent) {
        String value = values.get(done.name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        Outcome outcome = switch (done.modifier) {
            case "-", "=" -> set ? Outcome.VALUE : Outcome.WORD;
            case ":-", ":=" -> nonEmpty ? Outcome.VALUE : Outcome.WORD;
            case "+" -> set ? Outcome.WORD : Outcome.NOTHING;
            case ":+" -> nonEmpty ? Outcome.WORD : Outcome.NOTHING;
            case "?", ":?" -> set ? Outcome.VALUE : Outcome.FAIL;
            default -> Outcome.FAIL;
        };
        if (outcome == Outcome.WORD && done.failed) {
            outcome = Outcome.FAIL;
        }
        if (outcome != Outcome.WORD) {
            out.setLength(done.start);
        }
        if (outcome == Outcome.VALUE) {
            out.append(value);
        } else if (outcome == Outcome.FAIL) {
            parent.failed = true;
        }
    }

    /** The closing brace of the {@code {} at {@code open}, from one pass over the text the first time one is needed. */
    private int closingBrace(int open) {
        if (closing == null) {
            closing = new int[s.length()];
            int[] stack = new int[16];
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == escape) {
                    i++;
                } else if (c == '{') {
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                    }
                    stack[depth++] = i;
                    closing[i] = s.length();
                } else if (c == '}' && depth > 0) {
                    closing[stack[--depth]] = i;
                }
            }
        }
        return closing[open];
    }
}
