package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DL3042: {@code pip install} that keeps pip's cache: no {@code --no-cache-dir}, no truthy
 * {@code PIP_NO_CACHE_DIR} (ENV in this stage or the stages it is built FROM, or set in the RUN itself) and no
 * cache mount on pip's cache directory.
 */
final class PipCacheNotDisabled extends Rule {
    private static final Set<String> TRUTHY = Set.of("1", "true", "yes", "on");
    private static final Pattern ASSIGNED_IN_RUN =
            Pattern.compile("(?i)(^|[\\s;&|(])(export\\s+)?PIP_NO_CACHE_DIR=[\"']?(1|true|yes|on)\\b");

    PipCacheNotDisabled() {
        super("DL3042", Severity.WARNING, "Avoid cache directory with pip install --no-cache-dir <package>",
                "pip keeps every downloaded wheel in ~/.cache/pip, which ships in the layer although nothing at run"
                        + " time reads it",
                "Add `--no-cache-dir` to `pip install`, or set `ENV PIP_NO_CACHE_DIR=1` earlier in the stage.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            for (Command command : run.commands()) {
                if (PipVersionsNotPinned.isPipInstall(command)
                        && !ShellArgs.hasOption(command, "rcetbifC", "--no-cache-dir") && !cacheDisabled(run)) {
                    findings.add(this, run.line(), "pip install keeps its download cache in the layer. " + fix());
                    break;
                }
            }
        }
    }

    private static boolean cacheDisabled(ShellRun run) {
        String env = run.env().get("PIP_NO_CACHE_DIR");
        if (env != null && TRUTHY.contains(env.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (run.scripts().stream().anyMatch(s -> ASSIGNED_IN_RUN.matcher(s).find())) {
            return true;
        }
        return run.mounts().stream().anyMatch(m -> m.keepsOutOfLayers()
                && (m.target().endsWith("/.cache/pip") || m.target().endsWith("/.cache/pip/")
                        || m.target().endsWith("/.cache") || m.target().endsWith("/.cache/")));
    }
}
