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
import java.util.Set;

/**
 * DL3016: {@code npm install <package>} without {@code @version} (git URLs without {@code #ref}). A bare
 * {@code npm install} or {@code npm ci} reads versions from package.json and its lock file.
 */
final class NpmVersionsNotPinned extends Rule {
    private static final Set<String> INSTALL = Set.of("install", "i", "in", "ins", "inst", "insta", "instal", "isnt",
            "isnta", "isntal", "isntall", "add");
    private static final Set<String> FLOATING_TAGS = Set.of("latest", "next");

    NpmVersionsNotPinned() {
        super("DL3016", Severity.WARNING, "Pin versions in npm",
                "an unpinned package installs the newest release on the day of the build, so two builds of one"
                        + " Dockerfile differ and a new release can break the image unnoticed",
                "Pin each package (`npm install express@4.19.2`), or install from package.json and its lock file"
                        + " with `npm ci`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            for (Command command : run.commands("npm")) {
                List<String> operands = Command.operands(command.args(), ValueOptions.NPM);
                if (!operands.isEmpty() && INSTALL.contains(operands.get(0))) {
                    operands.subList(1, operands.size()).stream().filter(p -> !pinned(p)).forEach(unpinned::add);
                }
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "npm install without a version for " + ShellArgs.list(unpinned) + ". "
                        + fix());
            }
        }
    }

    static boolean pinned(String word) {
        if (ShellArgs.isVariable(word) || word.startsWith("file:") || word.startsWith("/") || word.startsWith(".")
                || word.startsWith("~/") || isTarball(word)) {
            return true;
        }
        if (word.contains("://") || word.startsWith("git") && word.contains(":") || word.startsWith("github:")) {
            return word.contains("#");
        }
        String name = word.startsWith("@") ? word.substring(1) : word;
        int at = name.indexOf('@');
        if (at < 0) {
            // user/repo (a GitHub shorthand) is pinned by #ref; a plain name is not pinned.
            return !word.startsWith("@") && name.contains("/") && name.contains("#");
        }
        String version = name.substring(at + 1);
        return !version.isEmpty() && !FLOATING_TAGS.contains(version);
    }

    private static boolean isTarball(String word) {
        return word.endsWith(".tgz") || word.endsWith(".tar.gz") || word.endsWith(".tar");
    }
}
