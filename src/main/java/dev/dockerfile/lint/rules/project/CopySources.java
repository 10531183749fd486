package dev.dockerfile.lint.rules.project;

import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Words;
import java.util.ArrayList;
import java.util.List;

/** The source paths of a COPY or ADD from the build context (not {@code --from}, not heredocs). */
final class CopySources {
    private CopySources() {
    }

    /** Sources as written, quotes removed; empty for COPY --from, heredocs and malformed lines. */
    static List<String> of(Instruction instruction, char escape) {
        if (!instruction.is("COPY") && !instruction.is("ADD") || instruction.flag("from").isPresent()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        if (instruction.isExecForm()) {
            words.addAll(instruction.execForm());
        } else {
            for (String word : Words.split(instruction.arguments(), escape)) {
                words.add(Words.unquote(word, escape));
            }
        }
        if (words.size() < 2) {
            return List.of();
        }
        List<String> sources = words.subList(0, words.size() - 1);
        return sources.stream().anyMatch(s -> s.startsWith("<<")) ? List.of() : List.copyOf(sources);
    }

    /** True when {@code source} is the whole build context ({@code .} or {@code ./}). */
    static boolean isWholeContext(String source) {
        return source.equals(".") || source.equals("./");
    }
}
