package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.analysis.HadolintStages;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;

/**
 * An instruction of which only the last one in a stage takes effect (HEALTHCHECK, CMD, ENTRYPOINT):
 * every one after the first in the same stage is reported. The base of DL3012, DL4003 and DL4004.
 */
abstract class RepeatedStageInstruction extends Rule {
    private final String keyword;

    RepeatedStageInstruction(String id, Severity severity, String keyword, String summary, String why, String fix) {
        super(id, severity, summary, why, fix);
        this.keyword = keyword;
    }

    @Override
    public final void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : HadolintStages.of(dockerfile)) {
            Instruction first = null;
            for (Instruction instruction : stage.instructions()) {
                if (!instruction.is(keyword)) {
                    continue;
                }
                if (first == null) {
                    first = instruction;
                } else {
                    findings.add(this, instruction.startLine(), "Another " + keyword + " in this stage (the first is"
                            + " on line " + first.startLine() + "): only the last one takes effect. " + fix());
                }
            }
        }
    }
}
