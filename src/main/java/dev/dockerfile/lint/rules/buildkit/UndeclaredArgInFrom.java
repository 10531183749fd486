package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.analysis.GlobalArgs;
import dev.dockerfile.lint.analysis.Variables;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * UndefinedArgInFrom: FROM (its image or {@code --platform}) uses a variable that no ARG before the
 * first FROM declares. The predefined platform arguments need no declaration; a reference with a
 * default ({@code ${TAG:-3.20}}) is accepted.
 */
final class UndeclaredArgInFrom extends Rule {
    UndeclaredArgInFrom() {
        super("UndefinedArgInFrom", Severity.WARNING, "FROM command must use declared ARGs",
                "an undeclared variable in FROM is always empty and cannot be set with --build-arg, so the base image"
                        + " is not the one intended",
                "Declare the argument with a default before the first FROM (`ARG VERSION=1.2`), or fix its spelling.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        Set<String> declared = GlobalArgs.of(dockerfile).declared();
        for (Stage stage : dockerfile.stages()) {
            Instruction from = stage.from();
            Set<String> undefined = new LinkedHashSet<>();
            collect(from.flagValue("platform"), dockerfile.escape(), declared, undefined);
            collect(stage.image(), dockerfile.escape(), declared, undefined);
            for (String name : undefined) {
                Set<String> candidates = new TreeSet<>(declared);
                candidates.addAll(Variables.PLATFORM_ARGS);
                String suggestion = Variables.suggest(name, candidates);
                findings.add(this, from.startLine(), "FROM argument '" + name + "' is not declared"
                        + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                        + ": add `ARG " + name + "=<default>` before the first FROM"
                        + (suggestion == null ? "." : " or fix the spelling."));
            }
        }
    }

    private static void collect(String text, char escape, Set<String> declared, Set<String> undefined) {
        if (text == null) {
            return;
        }
        for (Variables.Ref ref : Variables.references(text, escape)) {
            if (!ref.hasDefault() && !declared.contains(ref.name()) && !Variables.PLATFORM_ARGS.contains(ref.name())) {
                undefined.add(ref.name());
            }
        }
    }
}
