package dev.dockerfile.lint;

import dev.dockerfile.parse.Comment;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ignores users already write in their Dockerfiles: hadolint's {@code # hadolint ignore=DL3008,DL3015}
 * (for the next instruction) and {@code # hadolint global ignore=...} (for the file), and BuildKit's
 * {@code # check=skip=JSONArgsRecommended} directive ({@code skip=all} skips BuildKit's checks).
 */
final class Pragmas {
    private static final Pattern IGNORE = Pattern.compile("^hadolint\\s+ignore\\s*=\\s*([\\w\\s,-]+)$");
    private static final Pattern GLOBAL = Pattern.compile("^hadolint\\s+global\\s+ignore\\s*=\\s*([\\w\\s,-]+)$");
    private static final Pattern NUMBERED_RULE = Pattern.compile("(DL|DF|SC)\\d+");
    private static final Pattern CHECK_SKIP = Pattern.compile("(?:^|;)\\s*skip\\s*=\\s*([^;]*)");

    private record Range(int start, int end, Set<String> rules) {
    }

    private final Set<String> global = new HashSet<>();
    /** By first line; instructions do not overlap, so a finding's range is the one starting at or before it. */
    private final TreeMap<Integer, Range> local = new TreeMap<>();
    private boolean skipBuildKit;

    static Pragmas of(Dockerfile dockerfile) {
        Pragmas pragmas = new Pragmas();
        for (Comment comment : dockerfile.comments()) {
            Matcher g = GLOBAL.matcher(comment.text());
            Matcher l = IGNORE.matcher(comment.text());
            if (g.matches()) {
                pragmas.global.addAll(ids(g.group(1)));
            } else if (l.matches()) {
                Instruction next = dockerfile.instructionAfter(comment.line());
                if (next != null) {
                    Set<String> rules = ids(l.group(1));
                    pragmas.local.merge(next.startLine(), new Range(next.startLine(), next.endLine(), rules),
                            (a, b) -> new Range(a.start(), a.end(), union(a.rules(), b.rules())));
                }
            }
        }
        String check = dockerfile.directives().get("check");
        if (check != null) {
            Matcher skip = CHECK_SKIP.matcher(check);
            while (skip.find()) {
                for (String id : ids(skip.group(1))) {
                    if (id.equalsIgnoreCase("all")) {
                        pragmas.skipBuildKit = true;
                    } else {
                        pragmas.global.add(id);
                    }
                }
            }
        }
        return pragmas;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> ids(String list) {
        Set<String> ids = new HashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }

    boolean ignores(Finding finding) {
        if (global.contains(finding.rule()) || skipBuildKit && isBuildKitCheck(finding.rule())) {
            return true;
        }
        Map.Entry<Integer, Range> range = local.floorEntry(finding.line());
        return range != null && finding.line() <= range.getValue().end() && range.getValue().rules().contains(finding.rule());
    }

    /** BuildKit's checks are the ids that are names (StageNameCasing), not DL/DF numbers. */
    private static boolean isBuildKitCheck(String rule) {
        return !NUMBERED_RULE.matcher(rule).matches();
    }
}
