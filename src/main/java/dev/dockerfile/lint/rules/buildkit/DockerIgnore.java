package dev.dockerfile.lint.rules.buildkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of a {@code .dockerignore} file, read and matched as Docker reads and matches them
 * (moby's {@code ignorefile} and {@code patternmatcher}): a line starting with {@code #} is a
 * comment, {@code !} makes an exception, {@code *} and {@code ?} stay within one path segment,
 * {@code **} spans any number of them, and a path is excluded when it or one of its parent
 * directories matches the last pattern that decides it. Paths are slash-separated and relative
 * to the build context.
 */
final class DockerIgnore {
    /** Characters that mean something in a regular expression but nothing in a path pattern. */
    private static final String REGEX_ONLY = ".+()|{}$";

    private final List<IgnorePattern> patterns;

    private DockerIgnore(List<IgnorePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * The patterns of an ignore file's lines. A pattern Docker rejects (a lone {@code !}, an unclosed
     * {@code [}) fails every build with that file, so such a file yields no patterns: there is nothing
     * to warn about in a build that cannot run.
     */
    static DockerIgnore read(List<String> lines) {
        List<IgnorePattern> patterns = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            // Only a # at the very start makes a comment: Docker checks before it trims the line.
            String text = line.startsWith("#") ? "" : line.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean exception = text.startsWith("!");
            String path = exception ? text.substring(1).strip() : text;
            if (path.isEmpty()) {
                return new DockerIgnore(List.of());
            }
            path = clean(path);
            if (path.length() > 1 && path.startsWith("/")) {
                path = path.substring(1);
            }
            IgnorePattern pattern = IgnorePattern.compile(path, exception);
            if (pattern == null) {
                return new DockerIgnore(List.of());
            }
            patterns.add(pattern);
        }
        return new DockerIgnore(patterns);
    }

    /** True when some pattern is an exception ({@code !path}). */
    boolean hasExceptions() {
        return patterns.stream().anyMatch(IgnorePattern::exception);
    }

    /** True when a pattern excludes every entry of the context's root ({@code *}, {@code **}, {@code **}{@code /*}). */
    boolean excludesEveryRootEntry() {
        return patterns.stream().anyMatch(p -> !p.exception() && List.of("*", "**", "**/*").contains(p.text()));
    }

    /** True when {@code path} (slash-separated, cleaned) or one of its parent directories is excluded. */
    boolean excludes(String path) {
        String parent = parent(path);
        String[] parentDirs = parent.split("/", -1);
        boolean excluded = false;
        for (IgnorePattern pattern : patterns) {
            // An inclusion cannot change an excluded path, nor an exception a path that is not excluded.
            if (pattern.exception() != excluded) {
                continue;
            }
            boolean match = pattern.matches(path);
            for (int i = 0; !match && !parent.equals(".") && i < parentDirs.length; i++) {
                match = pattern.matches(String.join("/", List.of(parentDirs).subList(0, i + 1)));
            }
            if (match) {
                excluded = !pattern.exception();
            }
        }
        return excluded;
    }

    /** Go's {@code path.Clean}: one slash between segments, no {@code .} segments, {@code ..} resolved. */
    static String clean(String path) {
        boolean rooted = path.startsWith("/");
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty() && !segments.get(segments.size() - 1).equals("..")) {
                    segments.remove(segments.size() - 1);
                    continue;
                }
                if (rooted) {
                    continue;
                }
            }
            segments.add(segment);
        }
        String joined = String.join("/", segments);
        return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    /** Go's {@code path.Dir}: everything before the last slash, cleaned ({@code .} when there is none). */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : clean(path.substring(0, slash + 1));
    }

    /**
     * One pattern. Like Docker, plain text compares whole, {@code text**} as a prefix and
     * {@code **text} as a suffix; anything else becomes a regular expression.
     */
    private record IgnorePattern(String text, boolean exception, Kind kind, Pattern regex) {
        enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

        /** {@code null} when the pattern is not one Docker accepts. */
        static IgnorePattern compile(String text, boolean exception) {
            StringBuilder regex = new StringBuilder("^");
            Kind kind = Kind.EXACT;
            int[] chars = text.codePoints().toArray();
            for (int i = 0; i < chars.length; i++) {
                int c = chars[i];
                if (c == '*' && i + 1 < chars.length && chars[i + 1] == '*') {
                    boolean first = i == 0;
                    i++;
                    if (i + 1 < chars.length && chars[i + 1] == '/') {
                        i++; // "**/" is "**"
                    }
                    if (i + 1 == chars.length) {
                        // A trailing ** takes everything, as in .gitignore.
                        if (kind == Kind.EXACT) {
                            kind = Kind.PREFIX;
                        } else {
                            regex.append(".*");
                            kind = Kind.REGEX;
                        }
                    } else {
                        regex.append("(.*/)?");
                        kind = Kind.REGEX;
                    }
                    if (first) {
                        kind = Kind.SUFFIX;
                    }
                } else if (c == '*') {
                    regex.append("[^/]*");
                    kind = Kind.REGEX;
                } else if (c == '?') {
                    regex.append("[^/]");
                    kind = Kind.REGEX;
                } else if (REGEX_ONLY.indexOf(c) >= 0) {
                    regex.append('\\').appendCodePoint(c);
                } else if (c == '\\') {
                    if (i + 1 < chars.length) {
                        regex.append('\\').appendCodePoint(chars[++i]);
                        kind = Kind.REGEX;
                    } else {
                        regex.append("\\\\");
                    }
                } else if (c == '[' || c == ']') {
                    regex.appendCodePoint(c);
                    kind = Kind.REGEX;
                } else {
                    regex.appendCodePoint(c);
                }
            }
            if (kind != Kind.REGEX) {
                return new IgnorePattern(text, exception, kind, null);
            }
            try {
                return new IgnorePattern(text, exception, kind, Pattern.compile(regex.append('$').toString()));
            } catch (PatternSyntaxException e) {
                return null;
            }
        }

        boolean matches(String path) {
            return switch (kind) {
                case EXACT -> path.equals(text);
                case PREFIX -> path.startsWith(text.substring(0, text.length() - 2));
                case SUFFIX -> {
                    String suffix = text.substring(2);
                    yield path.endsWith(suffix) || suffix.startsWith("/") && path.equals(suffix.substring(1));
                }
                case REGEX -> regex.matcher(path).matches();
            };
        }
    }
}
