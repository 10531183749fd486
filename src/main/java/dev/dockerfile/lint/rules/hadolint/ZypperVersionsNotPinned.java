package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.ArrayList;
import java.util.List;

/** DL3037: {@code zypper install} of a package without a version ({@code name=1.2}, {@code name>=1.2}). */
final class ZypperVersionsNotPinned extends Rule {
    ZypperVersionsNotPinned() {
        super("DL3037", Severity.WARNING, "Specify version with zypper install -y <package>[=]<version>",
                "an unpinned package installs whatever the repository has on the day of the build, so two builds of"
                        + " one Dockerfile differ and a new release can break the image unnoticed",
                "Pin each package: `zypper install -y tomcat=9.0.39` (or a range such as `'tomcat>=9.0'`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            for (Command command : run.commands("zypper")) {
                List<String> operands = ZypperCommands.operands(command);
                String type = ShellArgs.value(command.args(), "-t", "--type");
                if (operands.isEmpty() || !(operands.get(0).equals("install") || operands.get(0).equals("in"))
                        || type != null && !type.equals("package")) {
                    continue;
                }
                operands.subList(1, operands.size()).stream().filter(p -> !pinned(p)).forEach(unpinned::add);
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "zypper install without a version for " + ShellArgs.list(unpinned)
                        + ". " + fix());
            }
        }
    }

    private static boolean pinned(String word) {
        return word.contains("=") || word.contains("<") || word.contains(">") || word.endsWith(".rpm")
                || word.contains("/") || ShellArgs.isVariable(word);
    }
}
