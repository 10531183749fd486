package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import dev.dockerfile.parse.Dockerfile;
import java.util.List;
import java.util.regex.Pattern;

/** DL3015: {@code apt-get install} without {@code --no-install-recommends}. */
final class AptGetRecommendsInstalled extends Rule {
    private static final Pattern NO_RECOMMENDS_OPTION =
            Pattern.compile("(?i)(-o)?APT::Install-Recommends=(false|no|0)");

    AptGetRecommendsInstalled() {
        super("DL3015", Severity.INFO, "Avoid additional packages by specifying --no-install-recommends",
                "apt-get installs every recommended package by default, which often doubles the image with"
                        + " documentation, X libraries and tools nothing uses",
                "Add `--no-install-recommends` to `apt-get install` and list what is really needed.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands("apt-get")) {
                List<String> operands = Command.operands(command.args(), ValueOptions.APT);
                if (!operands.isEmpty() && operands.get(0).equals("install")
                        && !ShellArgs.hasOption(command, "octa", "--no-install-recommends")
                        && command.args().stream().noneMatch(a -> NO_RECOMMENDS_OPTION.matcher(a).matches())) {
                    findings.add(this, run.line(), "apt-get install without --no-install-recommends also installs"
                            + " recommended packages. " + fix());
                    break;
                }
            }
        }
    }
}
