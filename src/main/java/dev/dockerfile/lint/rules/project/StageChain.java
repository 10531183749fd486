package dev.dockerfile.lint.rules.project;

import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.Collections;
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
    static List<Stage> chain(Dockerfile dockerfile, Stage stage) {
        List<Stage> chain = new ArrayList<>();
        // A parent always comes earlier in the file, so the walk ends.
        for (Stage current = stage; current != null; current = dockerfile.parent(current)) {
            chain.add(current);
        }
        Collections.reverse(chain);
        return chain;
    }
}
