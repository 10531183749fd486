package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import java.util.Set;

/** DL3032: a RUN installs with yum and does not end with {@code yum clean all}. */
final class YumCleanMissing extends Rule {
    private static final Set<String> CLEANERS = Set.of("yum", "dnf", "dnf5", "microdnf");
    private static final String[] CACHES = {"/var/cache/yum", "/var/cache/dnf"};

    YumCleanMissing() {
        super("DL3032", Severity.WARNING, "yum clean all missing after yum command",
                "yum keeps downloaded packages and metadata in /var/cache/yum, which then ship in the layer",
                "End the same RUN with `&& yum clean all` (or `rm -rf /var/cache/yum`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            String pending = RpmPackageCommands.uncleanedInstall(run, Set.of("yum"), CLEANERS, CACHES);
            if (pending != null) {
                findings.add(this, run.line(), pending + " is not followed by `yum clean all` in the same RUN. " + fix());
            }
        }
    }
}
