package dev.dockerfile.lint.rules.buildkit;

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
 * MultipleInstructionsDisallowed: a CMD, ENTRYPOINT or HEALTHCHECK that a later one of its kind in
 * the same stage overrides. BuildKit reports the overridden one, since that is the line that has no
 * effect. hadolint's DL4003, DL4004 and DL3012 report the same mistake on the later line, one id per
 * keyword; they are not aliases of this rule, since ignoring DL4003 (CMD only) must not silence the
 * ENTRYPOINT and HEALTHCHECK findings here.
 */
final class MultipleInstructionsDisallowed extends Rule {
    private static final List<String> ONCE_PER_STAGE = List.of("CMD", "ENTRYPOINT", "HEALTHCHECK");

    MultipleInstructionsDisallowed() {
        super("MultipleInstructionsDisallowed", Severity.WARNING,
                "Multiple instructions of the same type should not be used in the same stage",
                "only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: an earlier one does"
                        + " nothing and misleads the reader",
                "Keep one CMD, ENTRYPOINT and HEALTHCHECK per stage (the last one is what the image gets).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            Map<String, Instruction> last = new HashMap<>();
            for (Instruction instruction : stage.instructions()) {
                if (!ONCE_PER_STAGE.contains(instruction.keyword())) {
                    continue;
                }
                Instruction overridden = last.put(instruction.keyword(), instruction);
                if (overridden != null) {
                    findings.add(this, overridden.startLine(), "Multiple " + instruction.written() + " instructions"
                            + " should not be used in the same stage because only the last one will be used: line "
                            + instruction.startLine() + " overrides this one; remove it.");
                }
            }
        }
    }
}
