package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SecretsUsedInArgOrEnv: an ARG or ENV whose name says it holds a secret (password, token, secret,
 * API key, private or access key, credentials, auth). The name is split into words at {@code _},
 * {@code -}, {@code .} and camelCase humps; names of files, paths, URLs, hosts, ports and users, and
 * public keys, are not secrets.
 */
final class SecretInArgOrEnv extends Rule {
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pass", "passphrase", "secret",
            "secrets", "token", "tokens", "apikey", "credential", "credentials", "creds", "auth");
    private static final Set<String> SECRET_SUFFIXES = Set.of("password", "passwd", "secret", "token", "apikey",
            "credentials");
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "private", "access", "secret", "signing",
            "encryption", "client", "master", "license");
    private static final Set<String> NOT_SECRET_LAST_WORDS = Set.of("file", "files", "path", "dir", "url", "uri",
            "host", "port", "user", "username", "name", "type", "mode", "enabled", "length", "location");

    SecretInArgOrEnv() {
        super("SecretsUsedInArgOrEnv", Severity.WARNING,
                "Potentially sensitive data should not be used in the ARG or ENV commands",
                "ARG and ENV values are stored in the image's history and metadata: anyone who can pull the image"
                        + " can read the secret",
                "Pass the secret with a secret mount (`RUN --mount=type=secret,id=token,env=TOKEN ...`, built with"
                        + " `--secret id=token,env=TOKEN`) instead of ARG or ENV.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            Instruction target = instruction.trigger() != null ? instruction.trigger() : instruction;
            if (!target.is("ARG") && !target.is("ENV")) {
                continue;
            }
            for (KeyValue pair : target.pairs()) {
                if (looksSecret(pair.key())) {
                    findings.add(this, instruction.startLine(), "Do not use ARG or ENV instructions for sensitive data"
                            + " (" + target.keyword() + " \"" + pair.key() + "\"): the value stays in the image history;"
                            + " use a secret mount (`RUN --mount=type=secret,id=" + pair.key().toLowerCase(Locale.ROOT)
                            + ",env=" + pair.key() + " ...`) instead.");
                }
            }
        }
    }

    static boolean looksSecret(String name) {
        List<String> words = words(name);
        if (words.isEmpty() || words.contains("public") || words.contains("pub")
                || NOT_SECRET_LAST_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
            for (String suffix : SECRET_SUFFIXES) {
                if (word.length() > suffix.length() && word.endsWith(suffix)) {
                    return true;
                }
            }
            if ((word.equals("key") || word.equals("keys")) && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1))) {
                return true;
            }
            if (word.equals("privatekey") || word.equals("accesskey")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean hump = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || hump) {
                if (!word.isEmpty()) {
                    words.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
                if (!Character.isLetterOrDigit(c)) {
                    continue;
                }
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
