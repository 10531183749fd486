package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Rule;
import java.util.List;

/** The rules of this group, for {@code Rules.all()}. */
public final class ProjectRules {
    private ProjectRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
