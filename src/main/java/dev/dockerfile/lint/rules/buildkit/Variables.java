package dev.dockerfile.lint.rules.buildkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Variable references in instruction arguments, read the way the Dockerfile word expansion reads
 * them: {@code $NAME}, {@code ${NAME}} and {@code ${NAME<modifier>word}}; an escaped {@code $} and
 * text in single quotes are literal.
 */
final class Variables {
    /** Platform arguments BuildKit defines in the global scope (usable in FROM without an ARG). */
    static final Set<String> PLATFORM_ARGS = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");

    /** Every predefined build argument: the platform ones, the proxies and BuildKit's own. */
    static final Set<String> PREDEFINED_ARGS = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
            "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
            "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "SOURCE_DATE_EPOCH",
            "BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_INLINE_CACHE",
            "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME", "BUILDKIT_SYNTAX");

    /** Values the platform arguments take when nothing overrides them, for evaluating FROM. */
    static final Map<String, String> PLATFORM_DEFAULTS = Map.of("BUILDPLATFORM", "linux/amd64", "BUILDOS", "linux",
            "BUILDARCH", "amd64", "BUILDVARIANT", "", "TARGETPLATFORM", "linux/amd64", "TARGETOS", "linux",
            "TARGETARCH", "amd64", "TARGETVARIANT", "");

    /**
     * One reference.
     *
     * @param modifier {@code null} for a plain reference, else the operator ({@code :-}, {@code +}, {@code ?}, ...)
     * @param word the text after the operator (may hold references itself)
     */
    record Ref(String name, String modifier, String word) {
        boolean hasDefault() {
            return modifier != null && (modifier.equals("-") || modifier.equals(":-") || modifier.equals("=")
                    || modifier.equals(":="));
        }
    }

    private Variables() {
    }

    /** The references of {@code text}, in order, nested ones in modifier words not included. */
    static List<Ref> references(String text, char escape) {
        List<Ref> refs = new ArrayList<>();
        scan(text == null ? "" : text, escape, refs, null, null);
        return refs;
    }

    /**
     * {@code text} with its references replaced by {@code values} (quotes kept). A key mapped to
     * {@code null} is declared but unset (it expands to nothing, or to the default of {@code ${X:-d}}).
     * {@code null} when a reference is not a key of {@code values} and has no default, or uses an
     * operator this evaluator does not know.
     */
    static String expand(String text, char escape, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        boolean ok = scan(text == null ? "" : text, escape, new ArrayList<>(), values, out);
        return ok ? out.toString() : null;
    }

    /** The candidate closest to {@code name} (at most two edits, ignoring case), or {@code null}. */
    static String suggest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            int d = distance(name.toUpperCase(Locale.ROOT), candidate.toUpperCase(Locale.ROOT));
            int limit = Math.min(2, Math.max(1, name.length() / 3));
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
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
                    current[j] = Math.min(current[j], previous[j - 1]);
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** Scans {@code s}; when {@code out} is not null, also expands into it and returns false on an unknown. */
    private static boolean scan(String s, char escape, List<Ref> refs, Map<String, String> values, StringBuilder out) {
        boolean inDouble = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == escape && i + 1 < s.length()) {
                append(out, s, i, i + 2);
                i += 2;
            } else if (c == '\'' && !inDouble) {
                int end = s.indexOf('\'', i + 1);
                end = end < 0 ? s.length() : end + 1;
                append(out, s, i, end);
                i = end;
            } else if (c == '"') {
                inDouble = !inDouble;
                append(out, s, i, i + 1);
                i++;
            } else if (c == '$' && i + 1 < s.length() && isNameStart(s.charAt(i + 1))) {
                int end = i + 1;
                while (end < s.length() && isNamePart(s.charAt(end))) {
                    end++;
                }
                Ref ref = new Ref(s.substring(i + 1, end), null, "");
                refs.add(ref);
                if (out != null && !substitute(ref, escape, values, out)) {
                    return false;
                }
                i = end;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = closingBrace(s, i + 1, escape);
                String inner = s.substring(i + 2, Math.max(i + 2, close));
                int n = 0;
                while (n < inner.length() && isNamePart(inner.charAt(n))) {
                    n++;
                }
                String name = inner.substring(0, n);
                String rest = inner.substring(n);
                String modifier = null;
                String word = "";
                if (!rest.isEmpty()) {
                    int op = rest.startsWith(":") ? Math.min(2, rest.length()) : 1;
                    modifier = rest.substring(0, op);
                    word = rest.substring(op);
                }
                if (!name.isEmpty() && isNameStart(name.charAt(0))) {
                    Ref ref = new Ref(name, modifier, word);
                    refs.add(ref);
                    if (out != null && !substitute(ref, escape, values, out)) {
                        return false;
                    }
                } else if (out != null) {
                    return false;
                }
                i = close < s.length() ? close + 1 : s.length();
            } else {
                append(out, s, i, i + 1);
                i++;
            }
        }
        return true;
    }

    private static void append(StringBuilder out, String s, int from, int to) {
        if (out != null) {
            out.append(s, from, Math.min(to, s.length()));
        }
    }

    private static int closingBrace(String s, int open, char escape) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == escape) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean substitute(Ref ref, char escape, Map<String, String> values, StringBuilder out) {
        if (values == null) {
            return true;
        }
        boolean declared = values.containsKey(ref.name());
        boolean set = declared && values.get(ref.name()) != null;
        String value = set ? values.get(ref.name()) : "";
        boolean defaulted = ref.modifier() != null && (ref.hasDefault() || ref.modifier().contains("+"));
        if (!declared && !defaulted) {
            return false;
        }
        String modifier = ref.modifier() == null ? "" : ref.modifier();
        String result;
        switch (modifier) {
            case "" -> result = value;
            case "-", "=" -> result = set ? value : expandOrNull(ref.word(), escape, values);
            case ":-", ":=" -> result = set && !value.isEmpty() ? value : expandOrNull(ref.word(), escape, values);
            case "+" -> result = set ? expandOrNull(ref.word(), escape, values) : "";
            case ":+" -> result = set && !value.isEmpty() ? expandOrNull(ref.word(), escape, values) : "";
            case "?", ":?" -> result = set ? value : null;
            default -> result = null;
        }
        if (result == null) {
            return false;
        }
        out.append(result);
        return true;
    }

    private static String expandOrNull(String word, char escape, Map<String, String> values) {
        return expand(word, escape, values);
    }
}
