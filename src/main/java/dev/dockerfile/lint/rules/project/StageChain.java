package dev.dockerfile.lint.rules.project;

import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The final image holds the layers of its stage and of every earlier stage it builds FROM; these
 * helpers walk that chain.
 */
final class StageChain {
    private StageChain() {
    }

    /** The last stage, or {@code null} for a file without FROM. */
    static Stage finalStage(Dockerfile dockerfile) {
        List<Stage> stages = dockerfile.stages();
        return stages.isEmpty() ? null : stages.get(stages.size() - 1);
    }

    /** {@code stage} and the earlier stages it builds FROM, root (the one on an image) first. */
    static List<Stage> chain(List<Stage> stages, Stage stage) {
        List<Stage> chain = new ArrayList<>();
        Stage current = stage;
        while (current != null && !chain.contains(current)) {
            chain.add(0, current);
            current = parent(stages, current);
        }
        return chain;
    }

    static Stage parent(List<Stage> stages, Stage stage) {
        for (int i = Math.min(stage.index(), stages.size()) - 1; i >= 0; i--) {
            if (stages.get(i).isNamed(stage.image())) {
                return stages.get(i);
            }
        }
        return null;
    }
}
