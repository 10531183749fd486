package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import dev.dockerfile.parse.Dockerfile;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * DL3009: a RUN fills {@code /var/lib/apt/lists} ({@code apt-get update}) and does not delete it. As in
 * hadolint, RUNs of the last stage, of stages another stage is built FROM, and every ONBUILD RUN are checked
 * (a builder stage that is only copied from leaves no lists in the image). A cache or tmpfs mount on the lists
 * passes, and so do mounts on both {@code /var/lib/apt} and {@code /var/cache/apt} (the setup Docker's
 * documentation gives, with docker-clean removed); a mount on one of them alone does not, as hadolint reads it.
 */
final class AptListsNotDeleted extends Rule {
    private static final String LISTS = "/var/lib/apt/lists";
    private static final String APT_STATE = "/var/lib/apt";
    private static final String APT_CACHE = "/var/cache/apt";
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
        List<ShellStage> stages = ShellRuns.read(dockerfile);
        Set<ShellStage> bases = Collections.newSetFromMap(new IdentityHashMap<>());
        stages.stream().map(ShellStage::parent).filter(Objects::nonNull).forEach(bases::add);
        for (ShellStage stage : stages) {
            boolean checked = stage == stages.get(stages.size() - 1) || bases.contains(stage);
            for (ShellRun run : stage.runs()) {
                if (run.posix() && (checked || run.onbuild()) && !mounted(run)) {
                    check(run, findings);
                }
            }
        }
    }

    private static boolean mounted(ShellRun run) {
        return run.mountsAtOrBelow(LISTS) || run.mountsAtOrBelow(APT_STATE) && run.mountsAtOrBelow(APT_CACHE);
    }

    private void check(ShellRun run, Findings findings) {
        boolean pending = false;
        for (Command command : run.commands()) {
            List<String> operands = Command.operands(command.args(), ValueOptions.APT);
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
