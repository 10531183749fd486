package dev.dockerfile.lint.rules;

import dev.dockerfile.lint.ParseError;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.rules.buildkit.BuildKitRules;
import dev.dockerfile.lint.rules.hadolint.HadolintInstructionRules;
import dev.dockerfile.lint.rules.hadolint.HadolintShellRules;
import dev.dockerfile.lint.rules.project.ProjectRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule the check goal knows, sorted by id; DF000 too, which the parser finds (see {@link ParseError}). */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(HadolintInstructionRules.all());
        rules.addAll(HadolintShellRules.all());
        rules.addAll(BuildKitRules.all());
        rules.addAll(ProjectRules.all());
        rules.add(ParseError.RULE);
        rules.sort(Comparator.comparing(Rule::id));
        return List.copyOf(rules);
    }
}
