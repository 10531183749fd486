package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import dev.dockerfile.parse.Dockerfile;
import java.util.List;

/** DL3019: {@code apk add} without {@code --no-cache} (one with {@code --no-network} downloads nothing to cache). */
final class ApkCacheNotDisabled extends Rule {
    ApkCacheNotDisabled() {
        super("DL3019", Severity.INFO, "Use the --no-cache switch with apk add",
                "without it apk keeps its index and package cache in /var/cache/apk, which then ships in the layer;"
                        + " `--no-cache` also makes `apk update` and `rm -rf /var/cache/apk/*` unnecessary",
                "Write `apk add --no-cache ...` (or put /var/cache/apk on a `--mount=type=cache` mount).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            if (run.keepsOutOfLayers("/var/cache/apk")) {
                continue;
            }
            for (Command command : run.commands("apk")) {
                List<String> operands = Command.operands(command.args(), ValueOptions.APK);
                if (!operands.isEmpty() && operands.get(0).equals("add") && !ShellArgs.hasOption(command, "Xtp", "--no-cache", "--no-network")) {
                    findings.add(this, run.line(), "apk add without --no-cache leaves its cache in the layer. " + fix());
                    break;
                }
            }
        }
    }
}
