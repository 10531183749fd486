package dev.dockerfile.lint.analysis;

import dev.dockerfile.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variable references in instruction arguments, read the way the Dockerfile word expansion reads
 * them: {@code $NAME}, {@code ${NAME}} and {@code ${NAME<modifier>word}}; an escaped {@code $} and
 * text in single quotes are literal.
 */
public final class Variables {
    /** Platform arguments BuildKit defines in the global scope (usable in FROM without an ARG). */
    public static final Set<String> PLATFORM_ARGS = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");

    /** Every predefined build argument: the platform ones, the proxies and BuildKit's own. */
    public static final Set<String> PREDEFINED_ARGS = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
            "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
            "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "SOURCE_DATE_EPOCH",
            "BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_INLINE_CACHE",
            "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME", "BUILDKIT_SYNTAX");

    /** Values the platform arguments take when nothing overrides them, for evaluating FROM. */
    public static final Map<String, String> PLATFORM_DEFAULTS = Map.of("BUILDPLATFORM", "linux/amd64", "BUILDOS", "linux",
            "BUILDARCH", "amd64", "BUILDVARIANT", "", "TARGETPLATFORM", "linux/amd64", "TARGETOS", "linux",
            "TARGETARCH", "amd64", "TARGETVARIANT", "");

    /**
     * One reference.
     *
     * @param modifier {@code null} for a plain reference, else the operator ({@code :-}, {@code +}, {@code ?}, ...)
     * @param word the text after the operator (may hold references itself)
     */
    public record Ref(String name, String modifier, String word) {
        public boolean hasDefault() {
            return modifier != null && (modifier.equals("-") || modifier.equals(":-") || modifier.equals("=")
                    || modifier.equals(":="));
        }
    }

    private Variables() {
    }

    /** The references of {@code text}, in order, nested ones in modifier words not included. */
    public static List<Ref> references(String text, char escape) {
        List<Ref> refs = new ArrayList<>();
        scan(text == null ? "" : text, escape, refs);
        return refs;
    }

    /**
     * {@code text} with its references replaced by {@code values} (quotes kept). A key mapped to
     * {@code null} is declared but unset (it expands to nothing, or to the default of {@code ${X:-d}}).
     * {@code null} when a reference is not a key of {@code values} and has no default, or uses an
     * operator this evaluator does not know, or when the result would exceed {@link Expansion#MAX_LENGTH} characters.
     */
    public static String expand(String text, char escape, Map<String, String> values) {
        return new Expansion(text == null ? "" : text, escape, values).run();
    }

    /** The candidate closest to {@code name} (at most two edits, ignoring case), or {@code null}. */
    public static String suggest(String name, Collection<String> candidates) {
        return EditDistance.closest(name, candidates, Math.min(2, Math.max(1, name.length() / 3)));
    }

    static boolean isNameStart(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** The top-level references of {@code s}: each {@code ${...}} is skipped whole, its word unread. */
    private static void scan(String s, char escape, List<Ref> refs) {
        boolean inDouble = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == escape && i + 1 < s.length()) {
                i += 2;
            } else if (c == '\'' && !inDouble) {
                int end = s.indexOf('\'', i + 1);
                i = end < 0 ? s.length() : end + 1;
            } else if (c == '"') {
                inDouble = !inDouble;
                i++;
            } else if (c == '$' && i + 1 < s.length() && isNameStart(s.charAt(i + 1))) {
                int end = nameEnd(s, i + 1, s.length());
                refs.add(new Ref(s.substring(i + 1, end), null, ""));
                i = end;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = closingBrace(s, i + 1, escape);
                Braced braced = Braced.at(s, i, close);
                if (braced.hasName()) {
                    refs.add(new Ref(braced.name(), braced.modifier(), s.substring(braced.wordStart(), close)));
                }
                i = close < s.length() ? close + 1 : s.length();
            } else {
                i++;
            }
        }
    }

    static int nameEnd(String s, int from, int limit) {
        int end = from;
        while (end < limit && isNamePart(s.charAt(end))) {
            end++;
        }
        return end;
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

    /**
     * The parts of {@code ${name<modifier>word}} between {@code dollar} and its closing brace
     * {@code close}: the name, the operator ({@code null} for {@code ${name}}) and where the word starts.
     */
    record Braced(String name, String modifier, int wordStart) {
        static Braced at(String s, int dollar, int close) {
            int nameStart = Math.min(dollar + 2, close);
            int wordStart = nameEnd(s, nameStart, close);
            String name = s.substring(nameStart, wordStart);
            String modifier = null;
            if (wordStart < close) {
                int op = s.charAt(wordStart) == ':' ? Math.min(2, close - wordStart) : 1;
                modifier = s.substring(wordStart, wordStart + op);
                wordStart += op;
            }
            return new Braced(name, modifier, wordStart);
        }

        boolean hasName() {
            return !name.isEmpty() && isNameStart(name.charAt(0));
        }
    }
}
