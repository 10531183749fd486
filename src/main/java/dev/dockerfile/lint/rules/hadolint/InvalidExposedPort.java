package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DL3011: an EXPOSE port outside 0-65535, for single ports and ranges ({@code 8000-8010}), with or
 * without {@code /tcp} or {@code /udp}. Ports given by a variable are not judged.
 */
final class InvalidExposedPort extends Rule {
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");
    private static final int MAX_PORT = 65535;

    InvalidExposedPort() {
        super("DL3011", Severity.ERROR, "Valid UNIX ports range from 0 to 65535",
                "a port above 65535 does not exist; the build or the run fails",
                "Expose a port between 0 and 65535.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if (!instruction.is("EXPOSE")) {
                continue;
            }
            List<String> invalid = new ArrayList<>();
            for (String word : InstructionWords.words(instruction, dockerfile.escape())) {
                if (!isValid(word)) {
                    invalid.add(word);
                }
            }
            if (!invalid.isEmpty()) {
                findings.add(this, instruction.startLine(), "EXPOSE " + String.join(" ", invalid) + ": ports range"
                        + " from 0 to 65535. Expose a port in that range.");
            }
        }
    }

    /** False only for a number (or range end) above 65535; anything else is left to the builder. */
    private static boolean isValid(String word) {
        if (word.contains("$")) {
            return true;
        }
        int slash = word.indexOf('/');
        String ports = slash < 0 ? word : word.substring(0, slash);
        for (String port : ports.split("-", -1)) {
            if (!port.isEmpty() && port.chars().allMatch(Character::isDigit)) {
                String digits = LEADING_ZEROS.matcher(port).replaceFirst("");
                if (digits.length() > 5 || Integer.parseInt(digits) > MAX_PORT) {
                    return false;
                }
            }
        }
        return true;
    }
}
