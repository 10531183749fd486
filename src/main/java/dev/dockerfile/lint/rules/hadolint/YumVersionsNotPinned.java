package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.ArrayList;
import java.util.List;

/** DL3033: {@code yum install} of a package without {@code -version} (or a module without {@code :stream}). */
final class YumVersionsNotPinned extends Rule {
    YumVersionsNotPinned() {
        super("DL3033", Severity.WARNING, "Specify version with yum install -y <package>-<version>",
                "an unpinned package installs whatever the repository has on the day of the build, so two builds of"
                        + " one Dockerfile differ and a new release can break the image unnoticed",
                "Pin each package: `yum install -y tomcat-9.0.1` (modules: `yum module install -y tomcat:9`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            for (Command command : run.commands("yum")) {
                unpinned.addAll(RpmPackageCommands.unpinned(RpmPackageCommands.action(command), run));
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "yum install without a version for " + ShellArgs.list(unpinned) + ". "
                        + fix());
            }
        }
    }
}
