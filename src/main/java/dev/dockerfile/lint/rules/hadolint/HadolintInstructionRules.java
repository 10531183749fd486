package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Rule;
import java.util.List;

/** The rules of this group, for {@code Rules.all()}. */
public final class HadolintInstructionRules {
    private HadolintInstructionRules() {
    }

    public static List<Rule> all() {
        return List.of(new LastUserRoot());
    }
}
