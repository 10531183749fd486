package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.Set;

/** DL3043: ONBUILD registering ONBUILD, FROM or MAINTAINER. */
final class ForbiddenOnbuildTrigger extends Rule {
    private static final Set<String> FORBIDDEN = Set.of("ONBUILD", "FROM", "MAINTAINER");

    ForbiddenOnbuildTrigger() {
        super("DL3043", Severity.ERROR, "ONBUILD, FROM or MAINTAINER triggered from within ONBUILD instruction",
                "Docker does not allow these as ONBUILD triggers; the build of the child image fails",
                "Remove the ONBUILD, or register another instruction.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : dockerfile.instructions()) {
            Instruction trigger = instruction.trigger();
            if (instruction.is("ONBUILD") && trigger != null && FORBIDDEN.contains(trigger.keyword())) {
                findings.add(this, instruction.startLine(), "ONBUILD " + trigger.keyword() + " is not allowed:"
                        + " ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER. Remove it.");
            }
        }
    }
}
