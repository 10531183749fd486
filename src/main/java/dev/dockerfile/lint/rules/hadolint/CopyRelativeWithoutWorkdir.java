package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.analysis.HadolintStages;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DL3045: COPY to a relative destination while no WORKDIR is set yet in the stage, nor in the
 * earlier stage it is built FROM (and so on up). Destinations that start with a variable are not judged.
 */
final class CopyRelativeWithoutWorkdir extends Rule {
    CopyRelativeWithoutWorkdir() {
        super("DL3045", Severity.WARNING, "COPY to a relative destination without WORKDIR set",
                "the destination resolves against the base image's working directory, which can change with it",
                "Set `WORKDIR /app` before the COPY, or copy to an absolute path.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = HadolintStages.of(dockerfile);
        Map<Integer, Boolean> workdirAtEnd = new HashMap<>();
        for (Stage stage : stages) {
            Stage parent = HadolintStages.parent(dockerfile, stage);
            boolean workdir = parent != null && workdirAtEnd.getOrDefault(parent.index(), false);
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("WORKDIR")) {
                    workdir = true;
                } else if (instruction.is("COPY") && !workdir) {
                    InstructionWords.CopyOperands operands =
                            InstructionWords.copyOperands(instruction, dockerfile.escape());
                    if (operands != null && isRelative(operands.destination())) {
                        findings.add(this, instruction.startLine(), "COPY to relative `" + operands.destination()
                                + "` with no WORKDIR set in this stage: it lands wherever the base image's working"
                                + " directory is. Add `WORKDIR /app` before it, or use an absolute destination.");
                    }
                }
            }
            workdirAtEnd.put(stage.index(), workdir);
        }
    }

    private static boolean isRelative(String destination) {
        return !destination.isEmpty() && !InstructionWords.isAbsolutePath(destination)
                && !InstructionWords.startsWithVariable(destination);
    }
}
