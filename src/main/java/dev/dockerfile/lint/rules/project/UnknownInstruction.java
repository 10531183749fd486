package dev.dockerfile.lint.rules.project;

import dev.dockerfile.text.EditDistance;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.List;

/** DF008: an instruction keyword the builder does not know (the parser keeps it; BuildKit fails on it). */
final class UnknownInstruction extends Rule {
    private static final List<String> KEYWORDS = List.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
            "SHELL");

    UnknownInstruction() {
        super("DF008", Severity.ERROR, "Unknown instruction",
                "BuildKit rejects an unknown instruction and the build fails",
                "Fix the keyword's spelling or remove the line (a line meant as text needs a `#` comment marker or"
                        + " the previous line's continuation).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            report(instruction, instruction.startLine(), dockerfile.escape(), findings);
            if (instruction.trigger() != null) {
                report(instruction.trigger(), instruction.startLine(), dockerfile.escape(), findings);
            }
        }
    }

    private void report(Instruction instruction, int line, char escape, Findings findings) {
        if (KEYWORDS.contains(instruction.keyword())) {
            return;
        }
        String suggestion = closest(instruction.keyword());
        findings.add(this, line, "Unknown instruction '" + instruction.written() + "': the build fails on it. "
                + (suggestion != null ? "Did you mean `" + suggestion + "`? " : "")
                + "Fix the keyword or remove the line (or continue the previous line with `" + escape + "`).");
    }

    private static String closest(String keyword) {
        return EditDistance.closest(keyword, KEYWORDS, 2);
    }
}
