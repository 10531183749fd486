package dev.dockerfile.plan;

import java.util.List;

/**
 * A layer whose digest is the same for the same inputs. A {@code COPY} keeps the times of
 * everything below its destination but gives the destination directory itself the build's time;
 * when the destination is {@code /}, every directory it writes comes from the source. So a stage
 * lays a layer out at its final paths under a directory of its own (the layer's root), gives
 * everything in it time 0, and the final stage copies that root to {@code /}
 * (docs/reproducible-images.md).
 */
public final class FixedTimes {
    private FixedTimes() {
    }

    /** The command that gives the roots and everything below them time 0 (links themselves, not their targets). */
    public static String touch(List<String> roots) {
        return "find " + String.join(" ", roots) + " -exec touch -h -d @0 {} +";
    }

    /** The final stage's COPY of a layer's root, laid out at the final paths, to {@code /}. */
    public static Copy copyRoot(String stage, String root) {
        return Copy.fromStage(stage, root + "/", "/");
    }
}
