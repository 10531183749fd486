package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SecretsUsedInArgOrEnv: an ARG or ENV in a stage whose name holds a secret word as a whole
 * {@code _}-separated part ({@code GITHUB_TOKEN}, {@code git_key}, {@code auth}) and no allowed part
 * ({@code PUBLIC_KEY}, {@code PASSWORD_FILE}, {@code AUTH_MODULE_VERSION}). These are BuildKit's lists
 * and its reading of a name, so both tools flag the same names: only {@code _} separates parts
 * ({@code apiKey} and {@code API-KEY} are one part each), case does not matter. Global ARGs (before the
 * first FROM) are not reported, as BuildKit does not: their values reach no image unless a stage
 * declares them again, and that ARG is reported. ONBUILD triggers are reported too: BuildKit warns when
 * a child build runs them, this linter sees only the file that declares them.
 */
final class SecretInArgOrEnv extends Rule {
    private static final Pattern DENY = parts("apikey", "auth", "credential", "credentials", "key", "password",
            "pword", "passwd", "secret", "token");
    private static final Pattern ALLOW = parts("public", "file", "version");

    SecretInArgOrEnv() {
        super("SecretsUsedInArgOrEnv", Severity.WARNING,
                "Sensitive data should not be used in the ARG or ENV commands",
                "ARG and ENV values are stored in the image's history and metadata: anyone who can pull the image"
                        + " can read the secret",
                "Pass the secret with a secret mount (`RUN --mount=type=secret,id=token,env=TOKEN ...`, built with"
                        + " `--secret id=token,env=TOKEN`) instead of ARG or ENV.");
    }

    @Override
    public Set<String> aliases() {
        return Set.of("DL3064");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                Instruction target = instruction.trigger() != null ? instruction.trigger() : instruction;
                if (target.is("ARG") || target.is("ENV")) {
                    report(instruction, target, findings);
                }
            }
        }
    }

    private void report(Instruction instruction, Instruction target, Findings findings) {
        for (KeyValue pair : target.pairs()) {
            if (looksSecret(pair.key())) {
                findings.add(this, instruction.startLine(), "Do not use ARG or ENV instructions for sensitive data ("
                        + target.keyword() + " \"" + pair.key() + "\"): the value stays in the image history; use a"
                        + " secret mount (`RUN --mount=type=secret,id=" + pair.key().toLowerCase(Locale.ROOT) + ",env="
                        + pair.key() + " ...`) instead.");
            }
        }
    }

    static boolean looksSecret(String name) {
        return DENY.matcher(name).find() && !ALLOW.matcher(name).find();
    }

    /** A whole {@code _}-separated part of a name that is one of {@code words}, in any case. */
    private static Pattern parts(String... words) {
        return Pattern.compile("(?:_|^)(?:" + String.join("|", words) + ")(?:_|$)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
