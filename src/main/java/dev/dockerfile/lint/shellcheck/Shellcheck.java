package dev.dockerfile.lint.shellcheck;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.RuleOrigin;
import dev.dockerfile.lint.FindingSource;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint's ShellCheck step: every RUN script of a Dockerfile through the {@code shellcheck} program,
 * in one call per file, reported as {@code SC} findings on the RUN's line, which pragmas
 * ({@code # hadolint ignore=SC2086}) and the configuration can ignore like any rule. When ShellCheck
 * fails, the check goes on without it: {@link #problem()} says why, once, and it is not asked again.
 */
public final class Shellcheck implements FindingSource {
    private final ShellcheckProcess process;
    private String problem;

    public Shellcheck(Path binary) {
        this(new ShellcheckProcess(binary, ShellcheckProcess.TIMEOUT_SECONDS));
    }

    Shellcheck(ShellcheckProcess process) {
        this.process = process;
    }

    @Override
    public List<Finding> findings(Dockerfile dockerfile) {
        if (problem != null) {
            return List.of();
        }
        List<RunScript> scripts = RunScripts.of(dockerfile);
        if (scripts.isEmpty()) {
            return List.of();
        }
        List<ShellcheckProcess.Comment> comments;
        try {
            comments = process.check(scripts.stream().map(RunScript::file).toList());
        } catch (ShellcheckException e) {
            problem = "shellcheck " + e.getMessage() + "; the SC findings are missing from this check";
            return List.of();
        }
        // In the file's order, whatever order ShellCheck reads its files in; a set, as hadolint's: the same
        // message twice in one RUN is one finding.
        Set<Finding> findings = new LinkedHashSet<>();
        for (ShellcheckProcess.Comment comment : comments.stream()
                .sorted(Comparator.comparingInt(ShellcheckProcess.Comment::script)).toList()) {
            findings.add(new Finding("SC" + comment.code(), severity(comment.level()), scripts.get(comment.script()).line(),
                    comment.message() + " (" + RuleOrigin.HADOLINT.documentationUrl("SC" + comment.code()) + ")"));
        }
        return List.copyOf(findings);
    }

    /** Why ShellCheck stopped being asked, if it failed. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** ShellCheck's levels are hadolint's; anything else is an error, as hadolint maps it. */
    private static Severity severity(String level) {
        return Severity.fromId(level).filter(s -> s != Severity.NONE).orElse(Severity.ERROR);
    }
}
