package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.List;

/** Stages built FROM an earlier stage inherit its environment, shell and working directory. */
final class StageChain {
    private StageChain() {
    }

    /** The earlier stage {@code stage} builds FROM, or {@code null} when its base is an image. */
    static Stage parent(List<Stage> stages, Stage stage) {
        for (int i = Math.min(stage.index(), stages.size()) - 1; i >= 0; i--) {
            if (stages.get(i).isNamed(stage.image())) {
                return stages.get(i);
            }
        }
        return null;
    }

    /** The earlier stages {@code stage} builds on, nearest first (not {@code stage} itself). */
    static List<Stage> ancestors(List<Stage> stages, Stage stage) {
        List<Stage> chain = new ArrayList<>();
        Stage current = parent(stages, stage);
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            current = parent(stages, current);
        }
        return chain;
    }

    /** The stage at the root of the chain (itself when it builds FROM an image). */
    static Stage root(List<Stage> stages, Stage stage) {
        List<Stage> chain = ancestors(stages, stage);
        return chain.isEmpty() ? stage : chain.get(chain.size() - 1);
    }
}
