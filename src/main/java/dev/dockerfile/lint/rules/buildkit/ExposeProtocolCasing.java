package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Words;
import java.util.Locale;

/** ExposeProtoCasing: {@code EXPOSE 80/TCP}, a protocol not in lower case. */
final class ExposeProtocolCasing extends Rule {
    ExposeProtocolCasing() {
        super("ExposeProtoCasing", Severity.WARNING, "Protocol in EXPOSE instruction should be lowercase",
                "lower-case protocols (`tcp`, `udp`) are the documented spelling and keep EXPOSE lines consistent",
                "Write the protocol in lower case: `EXPOSE 80/tcp`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (!instruction.is("EXPOSE")) {
                continue;
            }
            for (String word : Words.split(instruction.arguments(), dockerfile.escape())) {
                String port = Words.unquote(word, dockerfile.escape());
                int slash = port.lastIndexOf('/');
                if (slash < 0 || port.indexOf('$') >= 0) {
                    continue;
                }
                String protocol = port.substring(slash + 1);
                if (!protocol.equals(protocol.toLowerCase(Locale.ROOT))) {
                    findings.add(this, instruction.startLine(), "Defined protocol '" + port + "' in EXPOSE instruction"
                            + " should be lowercase: write `" + port.substring(0, slash + 1)
                            + protocol.toLowerCase(Locale.ROOT) + "`.");
                }
            }
        }
    }
}
