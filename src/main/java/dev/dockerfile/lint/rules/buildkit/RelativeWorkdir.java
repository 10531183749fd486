package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import dev.dockerfile.parse.Words;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * WorkdirRelativePath: a relative WORKDIR before any absolute WORKDIR of the stage (or of the earlier
 * stage it builds FROM), so it depends on the base image's working directory. A WORKDIR that starts
 * with a variable is not judged.
 */
final class RelativeWorkdir extends Rule {
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("(?s)[A-Za-z]:([\\\\/].*)?");

    RelativeWorkdir() {
        super("WorkdirRelativePath", Severity.WARNING,
                "Relative workdir without an absolute workdir declared within the build can have unexpected results"
                        + " if the base image changes",
                "a relative WORKDIR is resolved against the base image's working directory, which can change upstream",
                "Use an absolute path (`WORKDIR /app`), or set an absolute WORKDIR earlier in the stage.");
    }

    /**
     * hadolint's DL3000 asks the same of WORKDIR (for every relative path, where BuildKit excuses one
     * after an absolute WORKDIR): where both report a line, it is reported once.
     */
    @Override
    public Set<String> aliases() {
        return Set.of("DL3000");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        // Per stage: whether it (or a stage it builds FROM) set an absolute WORKDIR; a parent comes first.
        boolean[] absoluteAtEnd = new boolean[stages.size()];
        for (Stage stage : stages) {
            Stage parent = dockerfile.parent(stage);
            boolean absolute = parent != null && absoluteAtEnd[parent.index()];
            for (Instruction instruction : stage.instructions()) {
                if (!instruction.is("WORKDIR")) {
                    continue;
                }
                String path = path(instruction, dockerfile.escape());
                if (path.isEmpty() || path.startsWith("$")) {
                    continue;
                }
                if (isAbsolute(path)) {
                    absolute = true;
                } else if (!absolute) {
                    findings.add(this, instruction.startLine(), "Relative workdir '" + path + "' can have unexpected"
                            + " results if the base image changes: use an absolute path such as `WORKDIR /"
                            + path.replaceFirst("^\\./", "") + "`.");
                }
            }
            absoluteAtEnd[stage.index()] = absolute;
        }
    }

    private static String path(Instruction instruction, char escape) {
        List<String> words = Words.split(instruction.arguments(), escape);
        return words.isEmpty() ? "" : Words.unquote(String.join(" ", words), escape).strip();
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || WINDOWS_ABSOLUTE.matcher(path).matches();
    }
}
