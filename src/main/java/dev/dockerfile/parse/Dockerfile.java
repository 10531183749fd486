package dev.dockerfile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed Dockerfile.
 *
 * @param lines the file's lines (BOM and line ends removed), for pragmas and reports
 * @param directives parser directives at the top ({@code syntax}, {@code escape}, {@code check}), keys lower case
 * @param escape the escape character, {@code \} or {@code `}
 * @param instructions every instruction in order, including ARGs before the first FROM
 * @param comments every comment line that is not a directive
 * @param emptyContinuationLines blank lines inside a continuation (BuildKit warns; a future one errs)
 * @param longLines lines longer than BuildKit reads, in order
 */
public record Dockerfile(List<String> lines, Map<String, String> directives, char escape,
        List<Instruction> instructions, List<Comment> comments, List<Integer> emptyContinuationLines,
        List<LongLine> longLines) {

    public Dockerfile {
        lines = List.copyOf(lines);
        directives = Map.copyOf(directives);
        instructions = List.copyOf(instructions);
        comments = List.copyOf(comments);
        emptyContinuationLines = List.copyOf(emptyContinuationLines);
        longLines = List.copyOf(longLines);
    }

    /** Instructions before the first FROM (only ARG is allowed there). */
    public List<Instruction> globalInstructions() {
        List<Instruction> global = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.is("FROM")) {
                break;
            }
            global.add(instruction);
        }
        return global;
    }

    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.is("FROM")) {
                if (from != null) {
                    stages.add(stage(stages.size(), from, body));
                }
                from = instruction;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(instruction);
            }
        }
        if (from != null) {
            stages.add(stage(stages.size(), from, body));
        }
        return stages;
    }

    private static Stage stage(int index, Instruction from, List<Instruction> body) {
        List<String> words = Words.split(from.arguments());
        String image = words.isEmpty() ? "" : words.get(0);
        String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("as") ? words.get(2) : null;
        return new Stage(index, from, image, name, body);
    }
}
