package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import dev.dockerfile.parse.Dockerfile;
import java.util.ArrayList;
import java.util.List;

/** DL3008: {@code apt-get install} of a package without {@code =version}. */
final class AptGetVersionsNotPinned extends Rule {
    AptGetVersionsNotPinned() {
        super("DL3008", Severity.WARNING, "Pin versions in apt-get install",
                "an unpinned package installs whatever the mirror has on the day of the build, so two builds of one"
                        + " Dockerfile differ and a new release can break the image unnoticed",
                "Pin each package: `apt-get install -y --no-install-recommends curl=<version>`"
                        + " (`apt-cache policy curl` shows the candidates).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            for (Command command : run.commands("apt-get")) {
                List<String> operands = Command.operands(command.args(), ValueOptions.APT);
                if (!operands.isEmpty() && operands.get(0).equals("install")) {
                    operands.subList(1, operands.size()).stream().filter(p -> !pinned(p)).forEach(unpinned::add);
                }
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "apt-get install without a version for " + ShellArgs.list(unpinned)
                        + ". " + fix());
            }
        }
    }

    private static boolean pinned(String word) {
        return word.contains("=") || word.endsWith(".deb") || word.startsWith("/") || word.startsWith("./")
                || word.startsWith("../") || ShellArgs.isVariable(word) || word.endsWith("-");
    }
}
