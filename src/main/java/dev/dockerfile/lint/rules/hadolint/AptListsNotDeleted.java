package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.List;
import java.util.Set;

/**
 * DL3009: a RUN fills {@code /var/lib/apt/lists} ({@code apt-get update}) and does not delete it. Only RUNs
 * whose layers ship are checked: the last stage and the stages it is built FROM (a builder stage that is
 * only copied from leaves no lists in the image).
 */
final class AptListsNotDeleted extends Rule {
    private static final String LISTS = "/var/lib/apt/lists";
    private static final Set<String> APT_TOOLS = Set.of("apt-get", "apt", "aptitude");

    AptListsNotDeleted() {
        super("DL3009", Severity.INFO, "Delete the apt-get lists after installing something",
                "the package lists `apt-get update` downloads (tens of MB) stay in the layer although nothing at run"
                        + " time needs them, and a later RUN cannot shrink that layer",
                "End the same RUN with `&& rm -rf /var/lib/apt/lists/*` (or put /var/lib/apt/lists on a"
                        + " `--mount=type=cache` mount).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.shippedPosixRuns(dockerfile)) {
            if (run.keepsOutOfLayers(LISTS)) {
                continue;
            }
            boolean pending = false;
            for (Command command : run.commands()) {
                List<String> operands = ShellArgs.operands(command.args(), AptGetVersionsNotPinned.VALUE_OPTIONS);
                String sub = operands.isEmpty() ? "" : operands.get(0);
                if (APT_TOOLS.contains(command.name()) && sub.equals("update")) {
                    pending = true;
                } else if (ShellArgs.removes(command, LISTS)
                        || command.is("apt-get") && (sub.equals("distclean") || sub.equals("dist-clean"))) {
                    pending = false;
                }
            }
            if (pending) {
                findings.add(this, run.line(), "RUN runs `apt-get update` but leaves /var/lib/apt/lists in the layer. "
                        + fix());
            }
        }
    }
}
