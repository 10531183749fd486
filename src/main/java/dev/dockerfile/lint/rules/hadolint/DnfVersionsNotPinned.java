package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.ArrayList;
import java.util.List;

/** DL3041: {@code dnf install} / {@code microdnf install} of a package without {@code -version}. */
final class DnfVersionsNotPinned extends Rule {
    DnfVersionsNotPinned() {
        super("DL3041", Severity.WARNING, "Specify version with dnf install -y <package>-<version>",
                "an unpinned package installs whatever the repository has on the day of the build, so two builds of"
                        + " one Dockerfile differ and a new release can break the image unnoticed",
                "Pin each package: `dnf install -y tomcat-9.0.1` (modules: `dnf module install -y tomcat:9`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            String tool = null;
            for (Command command : run.commands()) {
                if (DnfYesMissing.DNF.contains(command.name())) {
                    List<String> found = RpmPackageCommands.unpinned(RpmPackageCommands.action(command), run);
                    if (!found.isEmpty() && tool == null) {
                        tool = command.name();
                    }
                    unpinned.addAll(found);
                }
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), tool + " install without a version for " + ShellArgs.list(unpinned)
                        + ". " + fix());
            }
        }
    }
}
