package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Heredoc;
import dev.dockerfile.parse.Instruction;
import java.util.ArrayList;
import java.util.List;

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
        Instruction reported = null;
        List<Integer> blanks = new ArrayList<>();
        for (int line : dockerfile.emptyContinuationLines()) {
            Instruction instruction = dockerfile.instructionAt(line);
            if (instruction != reported && reported != null) {
                report(reported, blanks, dockerfile, findings);
                blanks.clear();
            }
            reported = instruction;
            blanks.add(line);
        }
        if (reported != null) {
            report(reported, blanks, dockerfile, findings);
        }
    }

    private void report(Instruction instruction, List<Integer> blanks, Dockerfile dockerfile, Findings findings) {
        findings.add(this, continuationEnd(instruction), "Empty continuation line" + (blanks.size() > 1 ? "s " : " ")
                + blanks.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow() + " in the "
                + instruction.keyword() + " of line " + instruction.startLine() + ": remove the blank line or make it"
                + " a comment; blank lines after a `" + dockerfile.escape() + "` continuation will become errors.");
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
