package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.Locale;
import java.util.Set;

/**
 * ConsistentInstructionCasing: instruction keywords that differ from the file's majority casing (upper
 * case wins a tie). Only known instructions count: an unknown keyword is DF008's finding.
 */
final class InconsistentInstructionCasing extends Rule {
    private static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
            "SHELL");

    InconsistentInstructionCasing() {
        super("ConsistentInstructionCasing", Severity.WARNING,
                "Instruction keywords should all use the same casing (all upper or all lower case)",
                "mixed keyword casing makes instructions harder to tell apart from their arguments",
                "Write every instruction keyword in the file's majority casing (usually upper case: `RUN`, `COPY`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        int upper = 0;
        int lower = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            if (!KEYWORDS.contains(instruction.keyword())) {
                continue;
            }
            if (isUpper(instruction.written())) {
                upper++;
            } else if (isLower(instruction.written())) {
                lower++;
            }
        }
        boolean majorityUpper = upper >= lower;
        for (Instruction instruction : dockerfile.instructions()) {
            if (!KEYWORDS.contains(instruction.keyword())) {
                continue;
            }
            String written = instruction.written();
            boolean matches = majorityUpper ? isUpper(written) : isLower(written);
            if (!matches) {
                String expected = majorityUpper ? written.toUpperCase(Locale.ROOT) : written.toLowerCase(Locale.ROOT);
                findings.add(this, instruction.startLine(), "Instruction '" + written + "' should be consistently cased"
                        + " with the rest of the file: write `" + expected + "`.");
            }
        }
    }

    private static boolean isUpper(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isLower(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT));
    }
}
