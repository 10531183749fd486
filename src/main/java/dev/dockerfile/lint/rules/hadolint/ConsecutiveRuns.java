package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Shell;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Flag;
import dev.dockerfile.parse.Instruction;
import java.util.HashSet;
import java.util.List;

/**
 * DL3059: a RUN right after another RUN (no other instruction between them; comments do not count,
 * as in hadolint) that could be merged with it. As in hadolint, RUNs with different flags ({@code --mount}, {@code --network},
 * ...) cannot be merged and pass, and so do RUNs that already chain commands ({@code &&}, {@code ||},
 * {@code ;}) or run a heredoc script: splitting those is taken as a deliberate choice for the cache.
 * The second RUN of each pair is reported.
 */
final class ConsecutiveRuns extends Rule {
    ConsecutiveRuns() {
        super("DL3059", Severity.INFO, "Multiple consecutive RUN instructions. Consider consolidation",
                "every RUN makes a layer; files deleted by a later RUN still weigh in the earlier layer, and state"
                        + " such as an apt index goes stale when the first layer is cached",
                "Merge the RUNs with `&&` and line continuations.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Instruction> instructions = dockerfile.instructions();
        for (int i = 1; i < instructions.size(); i++) {
            Instruction previous = instructions.get(i - 1);
            Instruction current = instructions.get(i);
            if (previous.is("RUN") && current.is("RUN") && sameFlags(previous, current)
                    && !chains(previous) && !chains(current)) {
                findings.add(this, current.startLine(), "RUN right after the RUN on line " + previous.startLine()
                        + " adds a layer. Merge them into one RUN with `&&`.");
            }
        }
    }

    private static boolean sameFlags(Instruction a, Instruction b) {
        List<Flag> flagsA = a.flags();
        List<Flag> flagsB = b.flags();
        return flagsA.size() == flagsB.size() && new HashSet<>(flagsA).equals(new HashSet<>(flagsB));
    }

    private static boolean chains(Instruction run) {
        if (!run.heredocs().isEmpty()) {
            return true;
        }
        for (String operator : Shell.operators(run.command())) {
            if (operator.equals("&&") || operator.equals("||") || operator.equals(";")) {
                return true;
            }
        }
        return false;
    }
}
