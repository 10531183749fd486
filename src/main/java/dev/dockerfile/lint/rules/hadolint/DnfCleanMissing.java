package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DL3040: a RUN installs with dnf or microdnf and does not end with that tool's {@code clean all} (or a removal
 * of its cache). As in hadolint, {@code microdnf clean all} does not clean after {@code dnf install}: each tool
 * cleans its own cache (dnf5 is dnf, under another name).
 */
final class DnfCleanMissing extends Rule {
    private static final Map<String, Set<String>> CLEANERS = Map.of("dnf", Set.of("dnf", "dnf5"),
            "dnf5", Set.of("dnf", "dnf5"), "microdnf", Set.of("microdnf"));
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
            String pending = null;
            for (String tool : new TreeSet<>(DnfYesMissing.DNF)) {
                String uncleaned = RpmPackageCommands.uncleanedInstall(run, Set.of(tool), CLEANERS.get(tool), CACHES);
                pending = pending == null ? uncleaned : pending;
            }
            if (pending != null) {
                findings.add(this, run.line(), pending + " is not followed by `dnf clean all` in the same RUN. " + fix());
            }
        }
    }
}
