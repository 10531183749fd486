package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import dev.dockerfile.parse.Dockerfile;
import java.util.ArrayList;
import java.util.List;

/** DL3018: {@code apk add} of a package without a version ({@code name=1.2-r0}, {@code name~1.2}, {@code name>=1.2}). */
final class ApkVersionsNotPinned extends Rule {
    ApkVersionsNotPinned() {
        super("DL3018", Severity.WARNING, "Pin versions in apk add",
                "an unpinned package installs whatever the repository has on the day of the build, so two builds of"
                        + " one Dockerfile differ and a new release can break the image unnoticed",
                "Pin each package: `apk add --no-cache curl=<version>` (or `curl~8.5` for a release series).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            for (Command command : run.commands("apk")) {
                List<String> operands = Command.operands(command.args(), ValueOptions.APK);
                if (!operands.isEmpty() && operands.get(0).equals("add")) {
                    operands.subList(1, operands.size()).stream().filter(p -> !pinned(p)).forEach(unpinned::add);
                }
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "apk add without a version for " + ShellArgs.list(unpinned) + ". "
                        + fix());
            }
        }
    }

    private static boolean pinned(String word) {
        return word.contains("=") || word.contains("~") || word.contains("<") || word.contains(">")
                || word.endsWith(".apk") || word.contains("/") || ShellArgs.isVariable(word);
    }
}
