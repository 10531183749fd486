package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Rule;
import java.util.List;

/** The rules of this group, for {@code Rules.all()}. */
public final class BuildKitRules {
    private BuildKitRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
