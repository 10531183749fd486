package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Heredoc;
import dev.dockerfile.parse.Instruction;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * NoEmptyContinuation: blank lines inside a continued instruction. Reported once per instruction, on
 * the line that ends its continuation, as BuildKit reports it (its parser warns when it has read the
 * whole logical line), so a pragma or the line BuildKit prints finds the same place.
 */
final class EmptyContinuationLine extends Rule {
    EmptyContinuationLine() {
        super("NoEmptyContinuation", Severity.WARNING,
                "Empty continuation lines will become errors in a future release",
                "blank lines after a line continuation are deprecated and a future Dockerfile syntax will reject them",
                "Remove the blank line, or turn it into a comment line (`#`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        // By identity: one instruction object per instruction, and hashing a record would read all its text.
        Map<Instruction, List<Integer>> blanks = new IdentityHashMap<>();
        for (int line : dockerfile.emptyContinuationLines()) {
            blanks.computeIfAbsent(dockerfile.instructionAt(line), i -> new ArrayList<>()).add(line);
        }
        blanks.forEach((instruction, lines) -> findings.add(this, continuationEnd(instruction), "Empty continuation line"
                + (lines.size() > 1 ? "s " : " ") + lines.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " in the " + instruction.keyword() + " of line " + instruction.startLine() + ": remove the blank line"
                + " or make it a comment; blank lines after a `" + dockerfile.escape() + "` continuation will become"
                + " errors."));
    }

    /** The instruction's last line before its heredoc bodies: each body is its lines and the delimiter line. */
    private static int continuationEnd(Instruction instruction) {
        int end = instruction.endLine();
        Instruction heredocHolder = instruction.trigger() != null ? instruction.trigger() : instruction;
        for (Heredoc heredoc : heredocHolder.heredocs()) {
            end -= heredoc.content().chars().filter(c -> c == '\n').count() + 1;
        }
        return end;
    }
}
