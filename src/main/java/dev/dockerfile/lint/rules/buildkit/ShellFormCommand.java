package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.List;
import java.util.Set;

/** JSONArgsRecommended: CMD or ENTRYPOINT in shell form in a stage that did not choose its SHELL. */
final class ShellFormCommand extends Rule {
    ShellFormCommand() {
        super("JSONArgsRecommended", Severity.WARNING,
                "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals",
                "in shell form the program runs under /bin/sh -c, which does not forward SIGTERM: the container"
                        + " cannot stop gracefully",
                "Use the exec form (`CMD [\"my-cmd\", \"start\"]`), or set `SHELL [...]` explicitly if a shell is"
                        + " really wanted.");
    }

    /**
     * hadolint's DL3025 asks the same of CMD and ENTRYPOINT (it does not excuse a stage with a SHELL, and
     * also covers HEALTHCHECK): where both report a line, it is reported once, and ignoring either id
     * ignores both.
     */
    @Override
    public Set<String> aliases() {
        return Set.of("DL3025");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        // Per stage: whether it (or a stage it builds FROM) has a SHELL; a parent comes first.
        boolean[] shellAtEnd = new boolean[stages.size()];
        for (Stage stage : stages) {
            Stage parent = dockerfile.parent(stage);
            boolean shellSet = parent != null && shellAtEnd[parent.index()];
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("SHELL")) {
                    shellSet = true;
                } else if ((instruction.is("CMD") || instruction.is("ENTRYPOINT")) && !instruction.isExecForm()
                        && !instruction.arguments().isBlank() && !shellSet) {
                    findings.add(this, instruction.startLine(), instruction.keyword() + " in shell form runs under"
                            + " /bin/sh -c, which does not pass OS signals to the program: write it as a JSON array, e.g. `"
                            + instruction.keyword() + " " + execExample(instruction.arguments()) + "`.");
                }
            }
            shellAtEnd[stage.index()] = shellSet;
        }
    }

    private static String execExample(String arguments) {
        String[] words = arguments.strip().split("\\s+");
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < Math.min(words.length, 4); i++) {
            out.append(i == 0 ? "" : ", ").append('"').append(words[i].replace("\"", "")).append('"');
        }
        return out.append(words.length > 4 ? ", ...]" : "]").toString();
    }
}
