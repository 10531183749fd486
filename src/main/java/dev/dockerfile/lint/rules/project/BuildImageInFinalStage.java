package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;

/**
 * DF002: the final stage is based (directly, through global ARG defaults or through earlier stages)
 * on a build image: Maven, Gradle, a JDK, Go, Rust, gcc, the full Python image, or Node.js when the
 * stage installs dev dependencies.
 */
final class BuildImageInFinalStage extends Rule {
    BuildImageInFinalStage() {
        super("DF002", Severity.WARNING, "Final stage based on a build image",
                "build images carry compilers, headers and package caches the application does not need at run time:"
                        + " the image is several times larger and has more vulnerabilities to patch",
                "Base the final stage on a runtime image such as `eclipse-temurin:21-jre` or `python:3.12-slim`, and"
                        + " build in an earlier stage.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        Stage last = StageChain.finalStage(dockerfile);
        if (last == null) {
            return;
        }
        String base = Images.resolvedBase(dockerfile, last);
        Images.Kind kind = Images.kind(base);
        if (kind == Images.Kind.NONE) {
            return;
        }
        if (kind == Images.Kind.NODE) {
            Instruction install = BuildTools.devDependencyInstall(dockerfile, StageChain.chain(dockerfile, last));
            if (install != null) {
                findings.add(this, last.from().startLine(), "Final stage is based on " + base + " and installs dev"
                        + " dependencies (line " + install.startLine() + "): use " + kind.runtimeHint("")
                        + ", or `yarn install --production`.");
            }
            return;
        }
        findings.add(this, last.from().startLine(), "Final stage is based on " + kind.description + " (" + base + "):"
                + " build in an earlier stage and base the final one on " + kind.runtimeHint(Images.tag(base)) + ".");
    }
}
