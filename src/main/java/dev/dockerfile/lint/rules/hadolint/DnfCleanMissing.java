package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import java.util.Set;

/** DL3040: a RUN installs with dnf or microdnf and does not end with {@code dnf clean all}. */
final class DnfCleanMissing extends Rule {
    private static final Set<String> CLEANERS = Set.of("yum", "dnf", "dnf5", "microdnf");
    private static final String[] CACHES = {"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"};

    DnfCleanMissing() {
        super("DL3040", Severity.WARNING, "dnf clean all missing after dnf command",
                "dnf keeps downloaded packages and metadata in /var/cache/dnf (or libdnf5), which then ship in the"
                        + " layer",
                "End the same RUN with `&& dnf clean all` (`microdnf clean all` for microdnf).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            String pending = RpmPackageCommands.uncleanedInstall(run, DnfYesMissing.DNF, CLEANERS, CACHES);
            if (pending != null) {
                findings.add(this, run.line(), pending + " is not followed by `dnf clean all` in the same RUN. " + fix());
            }
        }
    }
}
