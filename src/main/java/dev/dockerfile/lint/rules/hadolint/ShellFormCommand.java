package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;

/** DL3025: CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form instead of a JSON array. */
final class ShellFormCommand extends Rule {
    ShellFormCommand() {
        super("DL3025", Severity.WARNING, "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
                "in shell form the process runs under /bin/sh -c, which is PID 1 and does not pass SIGTERM on, so"
                        + " the container cannot stop gracefully",
                "Write the exec form, e.g. `CMD [\"java\", \"-jar\", \"/app/app.jar\"]`.");
    }

    /** hadolint checks HEALTHCHECK CMD too; {@code HEALTHCHECK NONE} has no command. */
    private static boolean isShellFormHealthcheck(Instruction instruction) {
        String arguments = instruction.arguments();
        return instruction.is("HEALTHCHECK") && !instruction.isExecForm() && arguments.length() > 3
                && arguments.regionMatches(true, 0, "CMD", 0, 3) && Character.isWhitespace(arguments.charAt(3));
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if ((instruction.is("CMD") || instruction.is("ENTRYPOINT")) && !instruction.isExecForm()
                    && !instruction.arguments().isBlank()) {
                findings.add(this, instruction.startLine(), instruction.keyword() + " is in shell form, so it runs"
                        + " under /bin/sh -c and does not receive SIGTERM. Use JSON notation: "
                        + instruction.keyword() + " [\"executable\", \"arg\"].");
            } else if (isShellFormHealthcheck(instruction)) {
                findings.add(this, instruction.startLine(), "HEALTHCHECK CMD is in shell form, so every probe starts"
                        + " /bin/sh -c first (and needs a shell in the image). Use JSON notation: HEALTHCHECK CMD"
                        + " [\"executable\", \"arg\"].");
            }
        }
    }
}
