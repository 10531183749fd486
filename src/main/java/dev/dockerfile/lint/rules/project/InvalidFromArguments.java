package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Words;
import java.util.List;

/**
 * DF010: a FROM that is neither {@code FROM image} nor {@code FROM image AS name}. The parser keeps
 * it (as it keeps unknown keywords, DF008); BuildKit's builder rejects it. A file with CR-only line
 * ends reaches BuildKit as one line that starts with FROM, so this is also how such a file shows.
 */
final class InvalidFromArguments extends Rule {
    InvalidFromArguments() {
        super("DF010", Severity.ERROR, "FROM is not `FROM image` or `FROM image AS name`",
                "BuildKit fails the build with \"FROM requires either one or three arguments\"",
                "Write `FROM <image>` or `FROM <image> AS <name>`, with flags such as `--platform=` before the image.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (!instruction.is("FROM")) {
                continue;
            }
            List<String> words = Words.split(instruction.arguments(), dockerfile.escape());
            if (words.size() == 1 || words.size() == 3 && words.get(1).equalsIgnoreCase("AS")) {
                continue;
            }
            String found = words.size() + (words.size() == 1 ? " argument" : " arguments");
            findings.add(this, instruction.startLine(), "FROM has " + found + ", and BuildKit fails with \"FROM"
                    + " requires either one or three arguments\". " + (instruction.arguments().indexOf('\r') >= 0
                            ? "The line holds carriage returns without line feeds: BuildKit ends lines at LF only,"
                                    + " so with CR-only line ends the whole file is this one line. Convert the line"
                                    + " ends to LF."
                            : fix()));
        }
    }
}
