package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.CheckOptions;
import dev.dockerfile.parse.Comment;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * InvalidDefinitionDescription: the comment right above a named FROM or an ARG is the description
 * tools show for that stage or argument (BuildKit's outline of a build), so its first word must be
 * the name: {@code # app the image that ships}. Experimental in BuildKit, so, as there, it runs only
 * when a {@code check=} option turns it on ({@code # check=experimental=InvalidDefinitionDescription}
 * at the top, or in a {@code check=} comment above the instruction). The comment block is BuildKit's:
 * the comment lines since the previous instruction, restarted by an empty {@code #}; blank lines do
 * not end it. Stage names compare in lower case, as BuildKit stores them.
 */
final class InvalidDefinitionDescription extends Rule {
    InvalidDefinitionDescription() {
        super("InvalidDefinitionDescription", Severity.WARNING,
                "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`",
                "the comment right above a stage or ARG is read as its description (in `docker buildx build"
                        + " --call=outline`): one that does not start with the name is shown as a wrong description",
                "Start the comment with the name (`# version the release to build`), or separate it from the"
                        + " instruction with an empty `#` line if it is not a description.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        boolean fileWide = CheckOptions.enablesExperimental(dockerfile.directives().get("check"), id());
        Map<Instruction, String> stageNames = new IdentityHashMap<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.name() != null) {
                stageNames.put(stage.from(), stage.name().toLowerCase(Locale.ROOT));
            }
        }
        int previousEnd = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            List<String> block = commentBlock(dockerfile, previousEnd, instruction.startLine());
            previousEnd = instruction.endLine();
            List<String> names = instruction.is("ARG") ? instruction.pairs().stream().map(KeyValue::key).toList()
                    : stageNames.containsKey(instruction) ? List.of(stageNames.get(instruction)) : List.of();
            if (block.isEmpty() || names.isEmpty() || !fileWide && !enabledBy(block)) {
                continue;
            }
            String firstWord = block.get(block.size() - 1).split(" ", -1)[0];
            if (!names.contains(firstWord)) {
                String example = names.size() > 1 ? "<arg_key>" : names.get(0);
                findings.add(this, instruction.startLine(), "Comment for " + instruction.keyword() + " should follow"
                        + " the format: `# " + example + " <description>`; start it with the name, or put an empty `#`"
                        + " line between it and the " + instruction.keyword() + " if it is not a description.");
            }
        }
    }

    /**
     * The texts of the comment lines between the two lines, as BuildKit keeps them: the line after its
     * first character, trimmed (so an indented {@code #} keeps its mark), from after the last empty one.
     */
    private static List<String> commentBlock(Dockerfile dockerfile, int after, int before) {
        List<String> block = new ArrayList<>();
        for (Comment comment : dockerfile.commentsBetween(after, before)) {
            String text = dockerfile.lines().get(comment.line() - 1).substring(1).strip();
            if (text.isEmpty()) {
                block.clear();
            } else {
                block.add(text);
            }
        }
        return block;
    }

    /** BuildKit applies the first {@code check=} comment of the block to the instruction. */
    private boolean enabledBy(List<String> block) {
        for (String text : block) {
            String options = CheckOptions.ofComment(text);
            if (options != null) {
                return CheckOptions.enablesExperimental(options, id());
            }
        }
        return false;
    }
}
