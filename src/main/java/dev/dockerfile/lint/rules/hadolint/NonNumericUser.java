package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import java.util.HashSet;
import java.util.Set;

/**
 * DL3066: a USER whose user part is not a number. As in hadolint every USER counts (not only the final
 * one, which is DF005's), and a user given by a declared ARG passes ({@code USER ${APP_UID}}: its value is
 * the build's choice).
 */
final class NonNumericUser extends Rule {
    NonNumericUser() {
        super("DL3066", Severity.INFO, "Non-numeric user-id may not be resolvable by host system",
                "a user name means something only inside the image's /etc/passwd; the host, volume permissions and"
                        + " Kubernetes `runAsNonRoot` see numeric ids",
                "Use a numeric id: `USER 10001:10001`.");
    }

    /**
     * This plugin's DF005 gives the final image's named USER the same advice (a numeric id): on that line
     * one finding answers to both ids, and ignoring either ignores both.
     */
    @Override
    public Set<String> aliases() {
        return Set.of("DF005");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        Set<String> args = new HashSet<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.is("ARG")) {
                instruction.pairs().stream().map(KeyValue::key).forEach(args::add);
            } else if (instruction.is("USER")) {
                String user = instruction.arguments().strip().split(":", -1)[0];
                if (!user.chars().allMatch(Character::isDigit) && !namesArg(user, args)) {
                    findings.add(this, instruction.startLine(), "USER `" + user + "` is a name, which the host cannot"
                            + " resolve. " + fix());
                }
            }
        }
    }

    private static boolean namesArg(String user, Set<String> args) {
        return ShellArgs.variables(user).stream().anyMatch(args::contains);
    }
}
