package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.parse.Stage;
import java.util.List;

/** Stage-name lookups shared by the FROM and COPY --from rules (names match without regard to case). */
final class StageNames {
    private StageNames() {
    }

    /** True when {@code name} is the name of a stage before {@code index}. */
    static boolean namesEarlierStage(List<Stage> stages, int index, String name) {
        for (int i = 0; i < index && i < stages.size(); i++) {
            if (stages.get(i).isNamed(name)) {
                return true;
            }
        }
        return false;
    }

    /** The earlier stage named {@code name} (the last one, as BuildKit would error on duplicates anyway), or null. */
    static Stage earlierStage(List<Stage> stages, int index, String name) {
        Stage found = null;
        for (int i = 0; i < index && i < stages.size(); i++) {
            if (stages.get(i).isNamed(name)) {
                found = stages.get(i);
            }
        }
        return found;
    }

    /** A {@code --from} value that is a stage index ({@code 0}, {@code 1}). */
    static boolean isIndex(String value) {
        return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }
}
