package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import dev.dockerfile.parse.Dockerfile;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** DL3014: {@code apt-get install} (or another prompting subcommand) without {@code -y}. */
final class AptGetYesMissing extends Rule {
    private static final Set<String> PROMPTING = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
            "remove", "purge", "autoremove", "reinstall", "build-dep", "satisfy");
    private static final Pattern ASSUME_YES_OPTION = Pattern.compile("(?i)(-o)?APT::Get::Assume-?Yes=(true|yes|1)");

    AptGetYesMissing() {
        super("DL3014", Severity.WARNING, "Use the -y switch with apt-get",
                "without a terminal apt-get's confirmation prompt reads end-of-input and aborts the build whenever"
                        + " the change is more than asked for",
                "Add `-y` (or `--yes`): `apt-get install -y --no-install-recommends ...`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("apt-get")) {
                List<String> operands = Command.operands(command.args(), ValueOptions.APT);
                if (!operands.isEmpty() && PROMPTING.contains(operands.get(0)) && !assumesYes(command)) {
                    findings.add(this, run.line(), "apt-get " + operands.get(0) + " without -y may stop at a prompt. "
                            + fix());
                    break;
                }
            }
        }
    }

    private static boolean assumesYes(Command command) {
        if (ShellArgs.hasOption(command, "octa", "-y", "--yes", "--assume-yes")) {
            return true;
        }
        int quiet = 0;
        for (String arg : command.args()) {
            if (ASSUME_YES_OPTION.matcher(arg).matches()) {
                return true;
            }
            if (arg.startsWith("--quiet")) {
                quiet += level(arg, "--quiet=");
            } else if (arg.startsWith("-q=")) {
                quiet += level(arg, "-q=");
            } else if (arg.startsWith("-") && !arg.startsWith("--") && arg.matches("-[A-Za-np-z]+")) {
                quiet += (int) arg.chars().filter(c -> c == 'q').count();
            }
        }
        // Quiet level 2 implies --assume-yes.
        return quiet >= 2;
    }

    private static int level(String arg, String prefix) {
        if (!arg.startsWith(prefix)) {
            return 1;
        }
        try {
            return Integer.parseInt(arg.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
