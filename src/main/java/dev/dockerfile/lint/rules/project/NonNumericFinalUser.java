package dev.dockerfile.lint.rules.project;

import dev.dockerfile.image.ImageReference;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.analysis.Variables;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DF005: the final image has no USER, or its last USER is a name rather than a numeric id. The final
 * stage's earlier stages (when it builds FROM one) count. Without USER, an image based on a
 * distroless {@code :nonroot} tag or a Chainguard image (not {@code -dev}) passes: those images set a
 * numeric non-root user (65532) themselves. {@code scratch} does not pass: it runs as uid 0. A last
 * USER of root is DL3002's finding, not this rule's; a USER given by an unresolvable variable passes.
 */
final class NonNumericFinalUser extends Rule {
    private static final Pattern WINDOWS_SHELL = Pattern.compile("(?i)(^|[\\\\/])(cmd|powershell|pwsh)(\\.exe)?$");
    private static final Pattern WINDOWS_SHELL_PRAGMA = Pattern.compile("^hadolint\\s+shell\\s*=\\s*(?i)(cmd|powershell|pwsh)");

    NonNumericFinalUser() {
        super("DF005", Severity.WARNING, "Final image has no numeric non-root USER",
                "without USER the container runs as root; a user name cannot be verified by Kubernetes"
                        + " `runAsNonRoot`, which needs a numeric id (distroless `:nonroot` and Chainguard images already"
                        + " set 65532 and pass; `scratch` runs as root and does not)",
                "Create a user with a fixed id and end the final stage with `USER 10001:10001` (on scratch or"
                        + " distroless, `USER 65532:65532`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        Stage last = StageChain.finalStage(dockerfile);
        if (last == null) {
            return;
        }
        List<Stage> chain = StageChain.chain(dockerfile, last);
        String base = Images.resolvedBase(dockerfile, last);
        if (base != null && ImageReference.isWindows(base) || runsWindowsShell(dockerfile, chain)) {
            // Windows containers have named users (ContainerUser) and no numeric ids; runAsNonRoot is Linux-only.
            return;
        }
        Instruction lastUser = null;
        Map<String, String> values = new HashMap<>();
        Map<String, String> valuesAtUser = new HashMap<>();
        for (Stage stage : chain) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("ARG") || instruction.is("ENV")) {
                    for (KeyValue pair : instruction.pairs()) {
                        values.put(pair.key(), pair.value());
                    }
                } else if (instruction.is("USER")) {
                    lastUser = instruction;
                    valuesAtUser = new HashMap<>(values);
                }
            }
        }
        if (lastUser == null) {
            if (!Images.runsAsNonRootByDefault(base)) {
                boolean scratch = "scratch".equals(base);
                findings.add(this, last.from().startLine(), "The final stage sets no USER, so the container runs as"
                        + " root" + (scratch ? " (scratch has no user of its own)" : "") + ": add `USER "
                        + (scratch ? "65532:65532" : "10001:10001") + "` (a numeric non-root id) before CMD/ENTRYPOINT.");
            }
            return;
        }
        String written = lastUser.arguments().strip();
        String user = written.indexOf('$') < 0 ? written : Variables.expand(written, dockerfile.escape(), valuesAtUser);
        if (user == null || user.indexOf('$') >= 0 || user.isEmpty()) {
            return;
        }
        String uid = user.split(":", 2)[0].strip();
        if (uid.equals("root") || uid.equals("0") || uid.matches("\\d+")) {
            return;
        }
        findings.add(this, lastUser.startLine(), "Last USER '" + written + "' is a name: Kubernetes runAsNonRoot cannot"
                + " verify it is not root. Use the numeric id, e.g. `USER 10001:10001` (create the user with"
                + " `--uid 10001`).");
    }

    /** A stage whose SHELL (or hadolint's {@code # hadolint shell=} pragma) is cmd or PowerShell runs on Windows. */
    private static boolean runsWindowsShell(Dockerfile dockerfile, List<Stage> chain) {
        if (dockerfile.comments().stream().anyMatch(c -> WINDOWS_SHELL_PRAGMA.matcher(c.text()).find())) {
            return true;
        }
        return chain.stream().flatMap(stage -> stage.instructions().stream())
                .filter(i -> i.is("SHELL") && i.isExecForm() && !i.execForm().isEmpty())
                .anyMatch(i -> WINDOWS_SHELL.matcher(i.execForm().get(0)).find());
    }
}
