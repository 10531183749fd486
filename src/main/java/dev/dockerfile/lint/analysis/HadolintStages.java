package dev.dockerfile.lint.analysis;

import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.List;
import java.util.function.Function;

/**
 * The stages as hadolint walks them: a file without any FROM (a fragment, or a template's body) is one
 * stage of all its instructions, so the shell and instruction rules still read it, as hadolint does. Such a
 * stage has no FROM ({@link Stage#from()} is {@code null}) and an empty image. BuildKit rejects such a file,
 * which the parser leaves to the build. ShellCheck's RUN scripts are read through it too.
 */
public final class HadolintStages {
    private static final Function<Dockerfile, List<Stage>> STAGES = HadolintStages::read;

    private HadolintStages() {
    }

    public static List<Stage> of(Dockerfile dockerfile) {
        return dockerfile.view(STAGES);
    }

    private static List<Stage> read(Dockerfile dockerfile) {
        if (!dockerfile.stages().isEmpty()) {
            return dockerfile.stages();
        }
        return List.of(new Stage(0, null, "", null, dockerfile.instructions()));
    }

    /** The earlier stage {@code stage} is built FROM, or {@code null} (always for a fragment). */
    public static Stage parent(Dockerfile dockerfile, Stage stage) {
        return stage.from() == null ? null : dockerfile.parent(stage);
    }

    /** The first line of the stage: its FROM's, or 1 for a fragment. */
    public static int firstLine(Stage stage) {
        return stage.from() == null ? 1 : stage.from().startLine();
    }
}
