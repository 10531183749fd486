package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.analysis.Variables;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import dev.dockerfile.parse.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * CopyIgnoredFile: a COPY or ADD source from the build context that the ignore file excludes, so
 * the build fails with "not found". As BuildKit, nothing is reported when the ignore file has an
 * exception ({@code !path}): a directory may be excluded and a file in it let back in, which cannot
 * be told without the context's files. The context root ({@code COPY . .}) counts only when a pattern
 * excludes every root entry ({@code *}). Not checked: {@code COPY --from}, URLs and git sources,
 * heredocs, and sources holding a variable (their value depends on the build's arguments).
 */
final class CopyIgnoredFile extends Rule {
    CopyIgnoredFile() {
        super("CopyIgnoredFile", Severity.WARNING, "Attempting to Copy file that is excluded by .dockerignore",
                "the ignore file keeps the source out of the build context, so the COPY fails with \"not found\"",
                "Remove the pattern that excludes the file from the .dockerignore (or add a `!path` exception), or"
                        + " stop copying it.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        DockerIgnore ignore = DockerIgnore.read(context.ignoreFileLines());
        if (ignore.hasExceptions()) {
            return;
        }
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                boolean fromContext = instruction.is("ADD") || instruction.is("COPY") && instruction.flagValue("from") == null;
                if (!fromContext) {
                    continue;
                }
                for (String source : contextSources(instruction, dockerfile.escape())) {
                    String path = DockerIgnore.clean(source);
                    boolean root = path.equals(".") || path.equals("/");
                    if ((!root || ignore.excludesEveryRootEntry()) && ignore.excludes(path)) {
                        String verb = instruction.is("ADD") ? "Add" : "Copy";
                        findings.add(this, instruction.startLine(), "Attempting to " + verb + " file \"" + path
                                + "\" that is excluded by .dockerignore: the build cannot find it; remove its pattern"
                                + " from the ignore file or stop copying it.");
                    }
                }
            }
        }
    }

    /** The sources that name files of the build context, quotes removed. */
    private static List<String> contextSources(Instruction instruction, char escape) {
        List<String> written = instruction.isExecForm() ? instruction.execForm()
                : Words.split(instruction.arguments(), escape);
        List<String> sources = new ArrayList<>();
        for (String word : written.subList(0, Math.max(0, written.size() - 1))) {
            boolean elsewhere = word.startsWith("<<") || word.contains("://") || word.startsWith("git@");
            if (!elsewhere && Variables.references(word, escape).isEmpty()) {
                sources.add(instruction.isExecForm() ? word : Words.unquote(word, escape));
            }
        }
        return sources;
    }
}
