package dev.dockerfile.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * A parsed Dockerfile. Immutable; what is derived from it (the stages, and through {@link #view} what
 * the rules derive, such as the shell reading of every RUN) is computed once: some sixty rules read the
 * same views, and computing them once per rule made a 5 MB file take twenty seconds.
 */
public final class Dockerfile {
    private final List<String> lines;
    private final Map<String, String> directives;
    private final char escape;
    private final List<Instruction> instructions;
    private final List<Comment> comments;
    private final List<Integer> emptyContinuationLines;
    private final List<LongLine> longLines;
    private final List<Instruction> globalInstructions;
    private final List<Stage> stages;
    /** Stage indices by lower-case name, ascending: {@link #earlierStage} without a scan of all stages. */
    private final Map<String, int[]> stagesByName;
    private final int[] parents;
    private final Map<Function<Dockerfile, ?>, Object> views = new ConcurrentHashMap<>();

    /**
     * @param lines the file's lines (BOM and line ends removed), for pragmas and reports
     * @param directives parser directives at the top ({@code syntax}, {@code escape}, {@code check}), keys lower case
     * @param escape the escape character, {@code \} or {@code `}
     * @param instructions every instruction in order, including ARGs before the first FROM
     * @param comments every comment line that is not a directive
     * @param emptyContinuationLines blank lines inside a continuation (BuildKit warns; a future one errs)
     * @param longLines lines longer than BuildKit reads, in order
     */
    public Dockerfile(List<String> lines, Map<String, String> directives, char escape, List<Instruction> instructions,
            List<Comment> comments, List<Integer> emptyContinuationLines, List<LongLine> longLines) {
        this.lines = List.copyOf(lines);
        this.directives = Map.copyOf(directives);
        this.escape = escape;
        this.instructions = List.copyOf(instructions);
        this.comments = List.copyOf(comments);
        this.emptyContinuationLines = List.copyOf(emptyContinuationLines);
        this.longLines = List.copyOf(longLines);
        this.globalInstructions = globalInstructions(this.instructions);
        this.stages = stages(this.instructions);
        this.stagesByName = stagesByName(this.stages);
        this.parents = new int[stages.size()];
        for (Stage stage : stages) {
            Stage parent = earlierStage(stage.index(), stage.image());
            parents[stage.index()] = parent == null ? -1 : parent.index();
        }
    }

    public List<String> lines() {
        return lines;
    }

    public Map<String, String> directives() {
        return directives;
    }

    public char escape() {
        return escape;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<Integer> emptyContinuationLines() {
        return emptyContinuationLines;
    }

    public List<LongLine> longLines() {
        return longLines;
    }

    /** Instructions before the first FROM (only ARG is allowed there). */
    public List<Instruction> globalInstructions() {
        return globalInstructions;
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * The last stage before {@code index} named {@code name} (without regard to case, as BuildKit matches
     * them), or {@code null}: what {@code FROM name} and {@code COPY --from=name} refer to.
     */
    public Stage earlierStage(int index, String name) {
        int[] candidates = name == null ? null : stagesByName.get(name.toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        int at = Arrays.binarySearch(candidates, index);
        int before = (at >= 0 ? at : -at - 1) - 1;
        return before >= 0 ? stages.get(candidates[before]) : null;
    }

    /** The comment lines after line {@code after} and before line {@code before}, in order. */
    public List<Comment> commentsBetween(int after, int before) {
        int from = firstAfter(comments.size(), i -> comments.get(i).line(), after);
        int to = firstAfter(comments.size(), i -> comments.get(i).line(), before - 1);
        return from < to ? comments.subList(from, to) : List.of();
    }

    /** The first instruction that starts after line {@code line}, or {@code null}. */
    public Instruction instructionAfter(int line) {
        int at = firstAfter(instructions.size(), i -> instructions.get(i).startLine(), line);
        return at < instructions.size() ? instructions.get(at) : null;
    }

    /** The instruction whose lines (continuations and heredocs included) hold line {@code line}, or {@code null}. */
    public Instruction instructionAt(int line) {
        int at = firstAfter(instructions.size(), i -> instructions.get(i).startLine(), line) - 1;
        return at >= 0 && instructions.get(at).endLine() >= line ? instructions.get(at) : null;
    }

    /** Binary search in lines that ascend with the index: the first index whose line is after {@code line}. */
    private static int firstAfter(int size, IntUnaryOperator lineAt, int line) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (lineAt.applyAsInt(middle) <= line) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The earlier stage {@code stage} is built FROM, or {@code null} when its base is an image. */
    public Stage parent(Stage stage) {
        int parent = parents[stage.index()];
        return parent < 0 ? null : stages.get(parent);
    }

    /**
     * {@code view} of this file, computed on first use and then kept. {@code view} must be a pure function
     * of the file and one shared instance (a constant), since it is the key.
     */
    @SuppressWarnings("unchecked")
    public <T> T view(Function<Dockerfile, T> view) {
        Object value = views.get(view);
        if (value == null) {
            // Not computeIfAbsent: a view may use other views, and the map forbids updates from inside it.
            value = view.apply(this);
            Object earlier = views.putIfAbsent(view, value);
            value = earlier != null ? earlier : value;
        }
        return (T) value;
    }

    private static List<Instruction> globalInstructions(List<Instruction> instructions) {
        List<Instruction> global = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.is("FROM")) {
                break;
            }
            global.add(instruction);
        }
        return List.copyOf(global);
    }

    private static List<Stage> stages(List<Instruction> instructions) {
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        int bodyStart = 0;
        for (int i = 0; i <= instructions.size(); i++) {
            if (i == instructions.size() || instructions.get(i).is("FROM")) {
                if (from != null) {
                    stages.add(stage(stages.size(), from, instructions.subList(bodyStart, i)));
                }
                if (i < instructions.size()) {
                    from = instructions.get(i);
                    bodyStart = i + 1;
                }
            }
        }
        return List.copyOf(stages);
    }

    private static Map<String, int[]> stagesByName(List<Stage> stages) {
        Map<String, List<Integer>> indices = new HashMap<>();
        for (Stage stage : stages) {
            if (stage.name() != null) {
                indices.computeIfAbsent(stage.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(stage.index());
            }
        }
        Map<String, int[]> byName = new HashMap<>();
        indices.forEach((name, list) -> byName.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
        return byName;
    }

    private static Stage stage(int index, Instruction from, List<Instruction> body) {
        List<String> words = Words.split(from.arguments());
        String image = words.isEmpty() ? "" : words.get(0);
        String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("as") ? words.get(2) : null;
        return new Stage(index, from, image, name, body);
    }
}
