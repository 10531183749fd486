package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;

/** DL3036: a RUN installs with zypper and does not end with {@code zypper clean}. */
final class ZypperCleanMissing extends Rule {
    private static final String CACHE = "/var/cache/zypp";

    ZypperCleanMissing() {
        super("DL3036", Severity.WARNING, "zypper clean missing after zypper use",
                "zypper keeps repository metadata and downloaded packages in /var/cache/zypp, which then ship in the"
                        + " layer",
                "End the same RUN with `&& zypper clean --all` (or `zypper cc`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            if (run.keepsOutOfLayers(CACHE)) {
                continue;
            }
            String pending = null;
            for (Command command : run.commands()) {
                String sub = command.is("zypper") ? ZypperCommands.subcommand(command) : "";
                if (ZypperCommands.INSTALLING.contains(sub)) {
                    pending = sub;
                } else if (sub.equals("clean") || sub.equals("cc") || ShellArgs.removes(command, CACHE)) {
                    pending = null;
                }
            }
            if (pending != null) {
                findings.add(this, run.line(), "zypper " + pending + " is not followed by `zypper clean` in the same RUN. "
                        + fix());
            }
        }
    }
}
