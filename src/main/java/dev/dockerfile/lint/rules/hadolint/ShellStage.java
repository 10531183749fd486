package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.parse.Stage;
import java.util.List;

/**
 * A stage as the shell rules see it.
 *
 * @param stage the parsed stage
 * @param parent the earlier stage this one is built FROM ({@code FROM builder}), or {@code null}
 * @param runs its RUN and ONBUILD RUN instructions, read
 * @param inFinalImage true for the last stage and the stages it is built FROM: their layers ship
 */
record ShellStage(Stage stage, ShellStage parent, List<ShellRun> runs, boolean inFinalImage) {
    ShellStage {
        runs = List.copyOf(runs);
    }
}
