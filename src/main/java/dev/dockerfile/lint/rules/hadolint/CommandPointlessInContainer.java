package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** DL3001: a RUN calls a command that has no use while an image is built (ssh, vim, service, ps, ...). */
final class CommandPointlessInContainer extends Rule {
    private static final Set<String> POINTLESS =
            Set.of("ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig");

    CommandPointlessInContainer() {
        super("DL3001", Severity.INFO,
                "A RUN calls a command that makes no sense in a container (ssh, vim, shutdown, service, ps, free, top,"
                        + " kill, mount, ifconfig)",
                "a build step has no terminal, no init system and no running services: interactive tools and service"
                        + " management do nothing useful there, and what they start does not survive the step",
                "Remove the command: start processes from CMD/ENTRYPOINT and use `docker exec` for interactive tools.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> found = new ArrayList<>();
            for (Command command : run.commands()) {
                if (POINTLESS.contains(command.name())) {
                    found.add(command.name());
                }
            }
            if (!found.isEmpty()) {
                findings.add(this, run.line(), "RUN calls " + ShellArgs.list(found)
                        + ", which makes no sense in a container build. " + fix());
            }
        }
    }
}
