package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.image.ImageReference;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.analysis.GlobalArgs;
import dev.dockerfile.lint.analysis.Variables;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import dev.dockerfile.parse.Words;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * InvalidDefaultArgInFrom: with the global ARGs at their defaults, a FROM's image reference is empty
 * or not a valid reference ({@code ARG TAG} then {@code FROM busybox:${TAG}} gives {@code busybox:}).
 * FROMs using undeclared arguments are left to UndefinedArgInFrom.
 */
final class InvalidDefaultImageFromArg extends Rule {
    InvalidDefaultImageFromArg() {
        super("InvalidDefaultArgInFrom", Severity.WARNING,
                "Default value for global ARG results in an empty or invalid base image name",
                "the build should work without --build-arg; with the defaults the base image reference is invalid"
                        + " and the build fails",
                "Give the ARG a default that makes a valid image (`ARG TAG=latest`) or a fallback in FROM"
                        + " (`FROM alpine:${TAG:-3.20}`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        char escape = dockerfile.escape();
        GlobalArgs global = GlobalArgs.of(dockerfile);
        Map<String, String> values = global.values();
        List<Stage> stages = dockerfile.stages();
        for (Stage stage : stages) {
            String image = stage.image();
            if (image.indexOf('$') < 0) {
                continue;
            }
            List<Variables.Ref> refs = Variables.references(image, escape);
            if (refs.isEmpty() || refs.stream().anyMatch(r -> global.unknown().contains(r.name()))) {
                continue;
            }
            String expanded = global.expand(image, escape);
            // BuildKit's word expansion also removes the quotes: FROM alpine:"${TAG}" pulls alpine:3.20.
            expanded = expanded == null ? null : Words.unquote(expanded.strip(), escape);
            if (expanded == null || isValid(expanded, dockerfile, stage)) {
                continue;
            }
            Set<String> empty = new LinkedHashSet<>();
            for (Variables.Ref ref : refs) {
                String value = values.get(ref.name());
                if (value == null || value.isEmpty()) {
                    empty.add(ref.name());
                }
            }
            String hint = empty.isEmpty() ? "fix the ARG's default value"
                    : "give `ARG " + empty.iterator().next() + "` a default value";
            findings.add(this, stage.from().startLine(), "Default value for ARG " + image + " results in empty or"
                    + " invalid base image name '" + expanded + "': " + hint
                    + " so the build works without --build-arg.");
        }
    }

    private static boolean isValid(String reference, Dockerfile dockerfile, Stage stage) {
        if (reference.isEmpty()) {
            return false;
        }
        if (dockerfile.earlierStage(stage.index(), reference) != null) {
            return true;
        }
        return ImageReference.isValid(reference);
    }
}
