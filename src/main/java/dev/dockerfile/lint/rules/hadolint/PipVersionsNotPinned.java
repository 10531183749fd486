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
import java.util.regex.Pattern;

/**
 * DL3013: {@code pip install} (or {@code pipx install}) of a package without a version specifier. Requirement
 * and constraint files, local paths, archives and URLs need none.
 */
final class PipVersionsNotPinned extends Rule {
    static final Pattern PIP = Pattern.compile("pip[0-9.]*");
    private static final Pattern SPECIFIER = Pattern.compile(".*(==|~=|>=|<=|!=|<|>|@).*");
    private static final Pattern VCS = Pattern.compile("^(git|hg|svn|bzr)\\+[a-z]+://.*");
    private static final Pattern ARCHIVE = Pattern.compile(".*\\.(whl|tar\\.gz|tgz|tar\\.bz2|tar\\.xz|tar|zip)$");

    PipVersionsNotPinned() {
        super("DL3013", Severity.WARNING, "Pin versions in pip",
                "an unpinned package installs the newest release on the day of the build, so two builds of one"
                        + " Dockerfile differ and a new release can break the image unnoticed",
                "Pin each package (`pip install flask==3.0.3`) or install from a pinned requirements file"
                        + " (`pip install -r requirements.txt`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            for (Command command : run.commands()) {
                if (!PIP.matcher(command.name()).matches() && !command.is("pipx")
                        || ShellArgs.hasOption(command, "rcetbifC", "-c", "--constraint")) {
                    continue;
                }
                List<String> operands = Command.operands(command.args(), ValueOptions.PIP);
                if (!operands.isEmpty() && operands.get(0).equals("install")) {
                    operands.subList(1, operands.size()).stream().filter(p -> !pinned(p)).forEach(unpinned::add);
                }
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "pip install without a version for " + ShellArgs.list(unpinned) + ". "
                        + fix());
            }
        }
    }

    /** True for {@code pip install} (any pip: pip3, pip3.12, /opt/venv/bin/pip, python -m pip). */
    static boolean isPipInstall(Command command) {
        if (!PIP.matcher(command.name()).matches()) {
            return false;
        }
        List<String> operands = Command.operands(command.args(), ValueOptions.PIP);
        return !operands.isEmpty() && operands.get(0).equals("install");
    }

    static boolean pinned(String word) {
        if (VCS.matcher(word).matches()) {
            // git+https://host/repo.git@v1.0#egg=x: the @ must follow the path, not the user (git@host).
            String path = word.substring(word.indexOf("://") + 3);
            int hash = path.indexOf('#');
            path = hash < 0 ? path : path.substring(0, hash);
            int slash = path.indexOf('/');
            return slash >= 0 && path.substring(slash).contains("@");
        }
        return SPECIFIER.matcher(word).matches() || word.contains("://") || word.startsWith(".")
                || word.contains("/") || ARCHIVE.matcher(word).matches() || ShellArgs.isVariable(word);
    }
}
