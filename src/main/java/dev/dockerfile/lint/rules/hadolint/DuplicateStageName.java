package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** DL3024: two FROM instructions with the same alias (compared without regard to case). */
final class DuplicateStageName extends Rule {
    DuplicateStageName() {
        super("DL3024", Severity.ERROR, "FROM aliases (stage names) must be unique",
                "`COPY --from` and `--target` cannot tell two stages of the same name apart; BuildKit refuses the file",
                "Give every stage its own name.");
    }

    /** BuildKit's check of the same thing, on the same line: one finding answers to both ids. */
    @Override
    public Set<String> aliases() {
        return Set.of("DuplicateStageName");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.name() == null) {
                continue;
            }
            String key = stage.name().toLowerCase(Locale.ROOT);
            Integer first = firstLine.putIfAbsent(key, stage.from().startLine());
            if (first != null) {
                findings.add(this, stage.from().startLine(), "Stage name `" + stage.name() + "` is already used by"
                        + " the FROM on line " + first + ". Rename one of the stages.");
            }
        }
    }
}
