package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.List;

/**
 * DL3060: {@code yarn install} not followed by {@code yarn cache clean} in the same RUN. Only RUNs whose layers
 * ship are checked: the last stage and the stages it is built FROM.
 */
final class YarnCacheNotCleaned extends Rule {
    YarnCacheNotCleaned() {
        super("DL3060", Severity.INFO, "yarn cache clean missing after yarn install was run",
                "yarn keeps a copy of every package in its global cache, which ships in the layer next to"
                        + " node_modules and can double its size",
                "End the same RUN with `&& yarn cache clean` (or put the yarn cache on a `--mount=type=cache`"
                        + " mount).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.shippedPosixRuns(dockerfile)) {
            if (run.mounts().stream().anyMatch(m -> m.keepsOutOfLayers() && m.target().contains("yarn"))) {
                continue;
            }
            boolean pending = false;
            for (Command command : run.commands()) {
                List<String> operands = command.operands();
                if (command.is("yarn") && (command.args().isEmpty() || !operands.isEmpty()
                        && (operands.get(0).equals("install") || operands.get(0).equals("add")))) {
                    pending = true;
                } else if (command.is("yarn") && operands.size() >= 2 && operands.get(0).equals("cache")
                        && operands.get(1).equals("clean")) {
                    pending = false;
                }
            }
            if (pending) {
                findings.add(this, run.line(), "yarn install leaves its package cache in the layer. " + fix());
            }
        }
    }
}
