package dev.dockerfile.lint.rules.buildkit;
import java.util.regex.Pattern;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Words;

/** ExposeInvalidFormat: EXPOSE with an IP address or a {@code host:container} port mapping. */
final class ExposeHostMapping extends Rule {
    private static final Pattern BRACED_VARIABLE = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern PLAIN_VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
    ExposeHostMapping() {
        super("ExposeInvalidFormat", Severity.WARNING,
                "IP address and host-port mapping should not be used in EXPOSE instruction",
                "EXPOSE documents the port the container listens on; addresses and host ports belong to"
                        + " `docker run -p`, and this form will become an error",
                "Keep only the container port and optional protocol (`EXPOSE 80` or `EXPOSE 80/tcp`) and map host"
                        + " ports at run time.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (!instruction.is("EXPOSE")) {
                continue;
            }
            for (String word : Words.split(instruction.arguments(), dockerfile.escape())) {
                String port = Words.unquote(word, dockerfile.escape());
                String literal = PLAIN_VARIABLE.matcher(BRACED_VARIABLE.matcher(port).replaceAll("")).replaceAll("");
                int slash = literal.indexOf('/');
                String portPart = slash < 0 ? literal : literal.substring(0, slash);
                if (portPart.indexOf(':') >= 0) {
                    int last = port.lastIndexOf(':');
                    String containerPort = last < 0 ? port : port.substring(last + 1);
                    findings.add(this, instruction.startLine(), "EXPOSE instruction should not define an IP address or"
                            + " host-port mapping, found '" + port + "': write `EXPOSE " + containerPort
                            + "` and map the host port with `docker run -p`.");
                }
            }
        }
    }
}
