package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.parse.Dockerfile;

/** Stage-name lookups shared by the FROM and COPY --from rules (names match without regard to case). */
final class StageNames {
    private StageNames() {
    }

    /** True when {@code name} is the name of a stage before {@code index}. */
    static boolean namesEarlierStage(Dockerfile dockerfile, int index, String name) {
        return dockerfile.earlierStage(index, name) != null;
    }

    /** A {@code --from} value that is a stage index ({@code 0}, {@code 1}). */
    static boolean isIndex(String value) {
        return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }
}
