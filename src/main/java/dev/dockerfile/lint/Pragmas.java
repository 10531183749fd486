package dev.dockerfile.lint;

import dev.dockerfile.parse.CheckOptions;
import dev.dockerfile.parse.Comment;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The ignores users already write in their Dockerfiles, read as the tools that define them read them:
 * <ul>
 * <li>hadolint's {@code # hadolint ignore=DL3008,DL3015} for the instruction on the next line,
 * {@code # hadolint stage ignore=...} for the rest of the stage and {@code # hadolint global ignore=...} for
 * the file ({@link HadolintPragma}; a list with one malformed id is dropped whole, as hadolint does);</li>
 * <li>BuildKit's {@code check=skip=...}: the directive at the top for the file, and a {@code # check=skip=...}
 * comment before an instruction for that instruction (before a FROM: for its stage), {@code skip=all}
 * skipping BuildKit's checks.</li>
 * </ul>
 * Ids may be a rule's id or one of its {@link Rule#aliases()}; ids no rule has are reported, with the nearest
 * known one.
 */
final class Pragmas {
    /** The ids hadolint's grammar accepts; ours (DF001, StageNameCasing) are accepted too when a rule has them. */
    private static final Pattern HADOLINT_ID = Pattern.compile("[DLSC0-9]+");
    /**
     * BuildKit's checks that no rule here implements (nor names as an alias): skipping them is harmless, so a
     * {@code check=skip} naming them is not reported.
     */
    private static final Set<String> OTHER_BUILDKIT_CHECKS = Set.of("InvalidBaseImagePlatform");

    /** What one pragma ignores on lines {@code startLine..endLine}: rule ids (canonical), and whether all BuildKit checks. */
    private record Ignores(Set<String> rules, boolean buildKit, int startLine, int endLine) {
        boolean covers(Finding finding) {
            return finding.line() >= startLine && finding.line() <= endLine && (rules.contains(finding.rule())
                    || buildKit && RuleOrigin.ofId(finding.rule()) == RuleOrigin.BUILDKIT);
        }
    }

    private final RuleIds ids;
    private final Set<String> global = new HashSet<>();
    private boolean globalBuildKit;
    /** Instruction pragmas by the instruction's first line (instructions do not overlap). */
    private final TreeMap<Integer, Ignores> instructions = new TreeMap<>();
    /** BuildKit's {@code # check=skip} above a FROM, for the whole stage. */
    private final List<Ignores> stageChecks = new ArrayList<>();
    /** Stage pragmas by the first line they cover; each FROM starts an empty entry, as in hadolint. */
    private final TreeMap<Integer, Ignores> stages = new TreeMap<>();
    private final List<Finding> unknownIds = new ArrayList<>();

    private Pragmas(RuleIds ids) {
        this.ids = ids;
    }

    /**
     * @param ids the ids and aliases of the linter's rules: an id written ignores its whole check
     */
    static Pragmas of(Dockerfile dockerfile, RuleIds ids) {
        Pragmas pragmas = new Pragmas(ids);
        for (Stage stage : dockerfile.stages()) {
            pragmas.stages.put(stage.from().startLine(), new Ignores(Set.of(), false, 0, Integer.MAX_VALUE));
        }
        for (Comment comment : dockerfile.comments()) {
            HadolintPragma pragma = HadolintPragma.parse(comment.text());
            if (pragma != null) {
                pragmas.hadolint(dockerfile, comment, pragma);
            }
        }
        pragmas.checkComments(dockerfile);
        String directive = dockerfile.directives().get("check");
        if (directive != null) {
            // BuildKit fails the build on a directive it cannot read; here it then skips nothing.
            Ignores file = pragmas.skips(directive, 1, 1, Integer.MAX_VALUE);
            if (file != null) {
                pragmas.global.addAll(file.rules());
                pragmas.globalBuildKit = file.buildKit();
            }
        }
        return pragmas;
    }

    private void hadolint(Dockerfile dockerfile, Comment comment, HadolintPragma pragma) {
        List<String> ids = pragma.ids();
        String scope = pragma.scope();
        reportUnknown(comment.line(), "# " + comment.text(), ids);
        if (!ids.stream().allMatch(id -> known(id) || HADOLINT_ID.matcher(id).matches())) {
            return;
        }
        Set<String> rules = canonical(ids);
        if ("global".equals(scope)) {
            global.addAll(rules);
        } else if ("stage".equals(scope)) {
            // hadolint keys it on the next line and applies it to findings after that line, up to the next FROM.
            stages.put(comment.line() + 1, new Ignores(rules, false, 0, Integer.MAX_VALUE));
        } else {
            Instruction next = dockerfile.instructionAt(comment.line() + 1);
            if (next != null && next.startLine() == comment.line() + 1) {
                instructions.merge(next.startLine(), new Ignores(rules, false, next.startLine(), next.endLine()),
                        Pragmas::union);
            }
        }
    }

    /**
     * BuildKit reads the comments between the previous instruction and this one (an empty {@code #} line
     * clears them) and takes the first {@code check=} among them, up to its first blank.
     */
    private void checkComments(Dockerfile dockerfile) {
        int previousEnd = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            List<Comment> before = dockerfile.commentsBetween(previousEnd, instruction.startLine());
            previousEnd = instruction.endLine();
            for (int i = before.size() - 1; i >= 0 && !before.get(i).text().isEmpty(); i--) {
                String options = CheckOptions.ofComment(before.get(i).text());
                if (options != null && firstCheck(before, i)) {
                    int end = instruction.is("FROM") ? stageEnd(dockerfile, instruction) : instruction.endLine();
                    Ignores skips = skips(options, before.get(i).line(), instruction.startLine(), end);
                    if (skips != null && instruction.is("FROM")) {
                        stageChecks.add(skips);
                    } else if (skips != null) {
                        instructions.merge(instruction.startLine(), skips, Pragmas::union);
                    }
                    break;
                }
            }
        }
    }

    private static boolean firstCheck(List<Comment> before, int at) {
        for (int i = at - 1; i >= 0 && !before.get(i).text().isEmpty(); i--) {
            if (CheckOptions.ofComment(before.get(i).text()) != null) {
                return false;
            }
        }
        return true;
    }

    private static int stageEnd(Dockerfile dockerfile, Instruction from) {
        for (Stage stage : dockerfile.stages()) {
            if (stage.from() == from) {
                List<Instruction> body = stage.instructions();
                return body.isEmpty() ? from.endLine() : body.get(body.size() - 1).endLine();
            }
        }
        return from.endLine();
    }

    /** What {@code check=} options skip, or {@code null} for options BuildKit rejects (then it ignores the comment). */
    private Ignores skips(String options, int line, int startLine, int endLine) {
        CheckOptions check;
        try {
            check = CheckOptions.parse(options);
        } catch (IllegalArgumentException e) {
            return null;
        }
        List<String> ids = check.skip().stream().filter(id -> !id.isEmpty()).toList();
        reportUnknown(line, "check=skip=" + String.join(",", check.skip()), ids);
        return new Ignores(canonical(ids), check.skipAll(), startLine, endLine);
    }

    private Set<String> canonical(List<String> ids) {
        Set<String> rules = new HashSet<>();
        ids.forEach(id -> rules.addAll(this.ids.sameCheck(id)));
        return rules;
    }

    private boolean known(String id) {
        return ids.problem(id).isEmpty();
    }

    private void reportUnknown(int line, String pragma, List<String> written) {
        for (String id : written) {
            if (!known(id) && !OTHER_BUILDKIT_CHECKS.contains(id)) {
                String problem = ids.problem(id).orElseThrow();
                unknownIds.add(new Finding(Linter.UNKNOWN_RULE_ID, Severity.WARNING, line, "`" + pragma + "`: " + problem
                        + (problem.endsWith("?") ? "" : ".")));
            }
        }
    }

    private static Ignores union(Ignores a, Ignores b) {
        Set<String> rules = new HashSet<>(a.rules());
        rules.addAll(b.rules());
        return new Ignores(rules, a.buildKit() || b.buildKit(), a.startLine(), a.endLine());
    }

    /** The pragmas that name no known rule, as findings on their lines. */
    List<Finding> unknownIds() {
        return List.copyOf(unknownIds);
    }

    boolean ignores(Finding finding) {
        if (global.contains(finding.rule())
                || globalBuildKit && RuleOrigin.ofId(finding.rule()) == RuleOrigin.BUILDKIT) {
            return true;
        }
        Map.Entry<Integer, Ignores> instruction = instructions.floorEntry(finding.line());
        if (instruction != null && instruction.getValue().covers(finding)
                || stageChecks.stream().anyMatch(stage -> stage.covers(finding))) {
            return true;
        }
        // hadolint: the last stage entry strictly before the finding's line.
        Map.Entry<Integer, Ignores> stage = stages.lowerEntry(finding.line());
        return stage != null && stage.getValue().covers(finding);
    }
}
