package dev.dockerfile.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One instruction as BuildKit reads it.
 *
 * @param keyword upper case ({@code RUN}); {@code written} keeps the file's spelling ({@code run})
 * @param startLine first line (1-based); {@code endLine} the last, continuations and heredocs included
 * @param flags the {@code --name=value} words before the arguments
 * @param arguments the rest of the logical line after the keyword and flags: continuations
 *     joined, comment lines inside them removed, heredoc bodies not included
 * @param execForm the JSON array when the arguments are one (exec form), else {@code null}
 * @param heredocs here-documents of RUN, COPY and ADD, in order
 * @param pairs ENV, LABEL and ARG pairs; empty for other instructions
 * @param trigger for ONBUILD, the instruction it registers; else {@code null}
 */
public record Instruction(
        String keyword,
        String written,
        int startLine,
        int endLine,
        List<Flag> flags,
        String arguments,
        List<String> execForm,
        List<Heredoc> heredocs,
        List<KeyValue> pairs,
        Instruction trigger) {

    public Instruction {
        flags = List.copyOf(flags);
        execForm = execForm == null ? null : List.copyOf(execForm);
        heredocs = List.copyOf(heredocs);
        pairs = List.copyOf(pairs);
    }

    public boolean is(String name) {
        return keyword.equals(name.toUpperCase(Locale.ROOT));
    }

    public boolean isExecForm() {
        return execForm != null;
    }

    public Optional<Flag> flag(String name) {
        return flags.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The flag's value, or {@code null} when absent (a bare flag gives the empty string). */
    public String flagValue(String name) {
        return flag(name).map(f -> f.value() == null ? "" : f.value()).orElse(null);
    }

    /** The command a RUN/CMD/ENTRYPOINT executes as one string: the shell script, or the exec-form words joined. */
    public String command() {
        return execForm != null ? String.join(" ", execForm) : arguments;
    }
}
