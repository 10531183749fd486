package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.List;

/**
 * DF001: a single-stage Dockerfile that builds: it is based on a build image, or a RUN installs or
 * runs a compiler or build tool (Maven, Gradle, gcc, make, go build, cargo build, npm run build...).
 * A RUN that removes its build packages again (apt-get purge, apk del) leaves no toolchain and is not
 * counted; nor is {@code javac --version}.
 */
final class SingleStageBuild extends Rule {
    SingleStageBuild() {
        super("DF001", Severity.WARNING, "No multi-stage build while a build tool is installed or run",
                "in a single stage the compiler, build tool and their caches ship in the image: it is larger, slower"
                        + " to pull and has more to patch than the application needs",
                "Build in a `FROM ... AS builder` stage and `COPY --from=builder` only the output into a slim runtime"
                        + " stage.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        if (stages.size() != 1) {
            return;
        }
        Stage stage = stages.get(0);
        String base = Images.resolvedBase(dockerfile, stage);
        Images.Kind kind = Images.kind(base);
        if (kind == Images.Kind.NODE && BuildTools.devDependencyInstall(dockerfile, stages) == null) {
            kind = Images.Kind.NONE;
        }
        if (kind != Images.Kind.NONE) {
            findings.add(this, stage.from().startLine(), "Single-stage build on " + kind.description + " (" + base
                    + "): the build toolchain ships in the image. " + fix());
            return;
        }
        for (Instruction instruction : stage.instructions()) {
            if (!instruction.is("RUN")) {
                continue;
            }
            List<Command> commands = RunCommands.commands(dockerfile, instruction);
            if (BuildTools.removesPackages(commands)) {
                continue;
            }
            for (Command command : commands) {
                String what = BuildTools.describe(command);
                if (what != null) {
                    findings.add(this, instruction.startLine(), "Single-stage build " + what + ": the build tools and"
                            + " their caches ship in the image. " + fix());
                    return;
                }
            }
        }
    }
}
