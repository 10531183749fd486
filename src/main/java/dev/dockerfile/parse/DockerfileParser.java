package dev.dockerfile.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile the way BuildKit's {@code frontend/dockerfile/parser} does: parser
 * directives only at the top, {@code \} or {@code `} escapes, continuation lines (with trailing
 * blanks), comment and empty lines inside continuations, BOM and CRLF, case-insensitive keywords,
 * flags, exec form as JSON (invalid JSON falls back to shell form), heredocs, multi-pair ENV/LABEL
 * and legacy {@code ENV k v}, and ONBUILD. Unknown keywords are kept (the builder rejects them, not
 * the parser); malformed input is a {@link DockerfileParseException} with its line, never a hang.
 */
public final class DockerfileParser {
    /**
     * The longest line BuildKit reads, in bytes: its scanner's buffer holds 64 KiB, the LF included, and
     * a longer line fails the build with "dockerfile line greater than max allowed size of 65535".
     */
    public static final int MAX_LINE_BYTES = 65_535;
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.*?)\\s*$");
    private static final Set<String> KNOWN_DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");
    private static final Pattern HEREDOC = Pattern.compile("^<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)\\2$");
    private static final Set<String> JSON_INSTRUCTIONS =
            Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME", "HEALTHCHECK");

    private DockerfileParser() {
    }

    public static Dockerfile parse(String text) throws DockerfileParseException {
        boolean bom = text.startsWith("\uFEFF");
        String content = bom ? text.substring(1) : text;
        List<String> lines = lines(content);
        try {
            return parse(lines, longLines(content, bom ? 3 : 0));
        } catch (DockerfileParseException e) {
            String line = e.line() <= lines.size() ? lines.get(e.line() - 1) : "";
            if (line.indexOf('\r') >= 0) {
                throw new DockerfileParseException(e.line(), e.problem() + " (the line holds carriage returns without"
                        + " line feeds: BuildKit ends lines at LF only, so CR-only line ends make one long line;"
                        + " convert them to LF)", e.isEncoding());
            }
            throw e;
        }
    }

    private static Dockerfile parse(List<String> lines, List<LongLine> longLines) throws DockerfileParseException {
        Map<String, String> directives = new LinkedHashMap<>();
        List<Comment> comments = new ArrayList<>();
        List<Integer> emptyContinuations = new ArrayList<>();
        int i = readDirectives(lines, directives);
        String escapeValue = directives.getOrDefault("escape", "\\");
        if (!escapeValue.equals("\\") && !escapeValue.equals("`")) {
            throw new DockerfileParseException(1, "invalid escape token '" + escapeValue + "': use \\ or `");
        }
        char escape = escapeValue.charAt(0);
        // BuildKit's rule: the escape as the last non-blank character continues the line unless another escape
        // precedes it, so `trailing\\` ends with an escaped escape and the next line is an instruction of its own.
        String quoted = Pattern.quote(String.valueOf(escape));
        Pattern continuation = Pattern.compile("(?<!" + quoted + ")" + quoted + "[ \\t]*$");

        List<Instruction> instructions = new ArrayList<>();
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                i++;
                continue;
            }
            if (trimmed.startsWith("#")) {
                comments.add(new Comment(i + 1, trimmed.substring(1).strip()));
                i++;
                continue;
            }
            int start = i + 1;
            StringBuilder logical = new StringBuilder();
            String current = line.stripLeading();
            while (true) {
                Matcher m = continuation.matcher(current);
                if (!m.find()) {
                    logical.append(current);
                    break;
                }
                logical.append(current, 0, m.start());
                i++;
                // Comment and empty lines inside a continuation are dropped, as BuildKit does.
                while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).strip().startsWith("#"))) {
                    if (lines.get(i).isBlank()) {
                        emptyContinuations.add(i + 1);
                    } else {
                        comments.add(new Comment(i + 1, lines.get(i).strip().substring(1).strip()));
                    }
                    i++;
                }
                if (i >= lines.size()) {
                    i--;
                    break;
                }
                current = lines.get(i);
            }
            int[] end = {i + 1};
            Instruction instruction = instruction(logical.toString(), start, lines, end, escape, false);
            instructions.add(instruction);
            i = end[0];
        }
        if (instructions.isEmpty()) {
            throw new DockerfileParseException(Math.max(1, lines.size()), "the file has no instructions");
        }
        return new Dockerfile(lines, directives, escape, instructions, comments, emptyContinuations, longLines);
    }

    /**
     * The lines as BuildKit's scanner cuts them: at LF only, one CR before it dropped (CRLF). A lone CR
     * is not a line end, so a file with old Mac line ends is one line ({@link String#lines()} would split it).
     */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length()) {
            int lf = content.indexOf('\n', start);
            int end = lf < 0 ? content.length() : lf;
            lines.add(content.substring(start, end > start && content.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        return lines;
    }

    /** The lines over {@link #MAX_LINE_BYTES}; {@code firstLineExtra} is the BOM's bytes, which BuildKit's scanner counts too. */
    static List<LongLine> longLines(String content, int firstLineExtra) {
        List<LongLine> longLines = new ArrayList<>();
        int start = 0;
        int line = 1;
        int extra = firstLineExtra;
        while (start < content.length()) {
            int lf = content.indexOf('\n', start);
            int end = lf < 0 ? content.length() : lf;
            // A char is 1 to 3 bytes (a surrogate pair 4 for 2 chars): only lines over a third of the limit can be over it.
            if (end - start + extra > MAX_LINE_BYTES / 3) {
                long bytes = extra;
                for (int i = start; i < end; i++) {
                    char c = content.charAt(i);
                    bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
                }
                if (bytes > MAX_LINE_BYTES) {
                    longLines.add(new LongLine(line, (int) Math.min(bytes, Integer.MAX_VALUE)));
                }
            }
            extra = 0;
            start = end + 1;
            line++;
        }
        return longLines;
    }

    /** Directives are read only before the first comment, blank line or instruction. */
    private static int readDirectives(List<String> lines, Map<String, String> directives) throws DockerfileParseException {
        int i = 0;
        while (i < lines.size()) {
            Matcher m = DIRECTIVE.matcher(lines.get(i).strip());
            if (!m.matches() || !KNOWN_DIRECTIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (directives.containsKey(name)) {
                throw new DockerfileParseException(i + 1, "only one " + name + " parser directive can be used");
            }
            directives.put(name, m.group(2));
            i++;
        }
        return i;
    }

    /**
     * One instruction from its logical line. {@code end[0]} is the 0-based index of the line after
     * the instruction's last line; heredoc bodies move it on.
     */
    private static Instruction instruction(String logical, int start, List<String> lines, int[] end, char escape,
            boolean inOnbuild) throws DockerfileParseException {
        String text = logical.strip();
        int space = indexOfWhitespace(text);
        String written = space < 0 ? text : text.substring(0, space);
        String keyword = written.toUpperCase(Locale.ROOT);
        String rest = space < 0 ? "" : text.substring(space).strip();

        if (keyword.equals("ONBUILD") && !inOnbuild && !rest.isEmpty()) {
            Instruction trigger = instruction(rest, start, lines, end, escape, true);
            return new Instruction(keyword, written, start, end[0], List.of(), rest, null, List.of(), List.of(), trigger);
        }

        List<Flag> flags = new ArrayList<>();
        rest = rest.substring(FlagWords.read(rest, escape, flags));

        List<Heredoc> heredocs = HEREDOC_INSTRUCTIONS.contains(keyword) ? heredocs(rest, start, lines, end, escape) : List.of();
        String jsonCandidate = rest;
        if (keyword.equals("HEALTHCHECK") && rest.regionMatches(true, 0, "CMD", 0, 3)) {
            jsonCandidate = rest.substring(3).strip();
        }
        List<String> exec = JSON_INSTRUCTIONS.contains(keyword) ? JsonArray.parse(jsonCandidate, start) : null;
        List<KeyValue> pairs = switch (keyword) {
            case "ENV", "LABEL" -> Pairs.nameValues(keyword, rest, escape, start);
            case "ARG" -> Pairs.args(rest, escape);
            default -> List.of();
        };
        return new Instruction(keyword, written, start, end[0], flags, rest, exec, heredocs, pairs, null);
    }

    private static List<Heredoc> heredocs(String rest, int start, List<String> lines, int[] end, char escape)
            throws DockerfileParseException {
        List<Heredoc> heredocs = new ArrayList<>();
        for (String word : Words.split(rest, escape)) {
            Matcher m = HEREDOC.matcher(word);
            if (!m.matches()) {
                continue;
            }
            boolean chomp = !m.group(1).isEmpty();
            String name = m.group(3);
            StringBuilder body = new StringBuilder();
            int i = end[0];
            while (true) {
                if (i >= lines.size()) {
                    throw new DockerfileParseException(start, "unterminated heredoc <<" + name + ": no line '" + name
                            + "' ends it");
                }
                String line = lines.get(i++);
                String candidate = chomp ? line.replaceFirst("^\\t+", "") : line;
                if (candidate.equals(name)) {
                    break;
                }
                body.append(candidate).append('\n');
            }
            end[0] = i;
            heredocs.add(new Heredoc(name, body.toString(), m.group(2).isEmpty(), chomp));
        }
        return heredocs;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
