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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DF003: in a stage, the application source ({@code COPY . .}, or a source directory such as
 * {@code src/} or {@code app/}) is copied before the first RUN that installs dependencies (pip, npm,
 * yarn, pnpm, Maven, Gradle, go mod download, bundle, composer, poetry, dotnet restore). A stage that
 * installed its dependencies before copying the source passes, whatever it runs later.
 */
final class SourceCopiedBeforeDependencies extends Rule {
    private static final Pattern LEADING_DOT_SLASHES = Pattern.compile("^(\\./)+");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern PYTHON_SPEC_OPERATOR = Pattern.compile("[=<>~!\\[]");
    private static final Set<String> SOURCE_DIRS =
            Set.of("src", "app", "lib", "cmd", "pkg", "internal", "source", "sources", "*");
    private static final Set<String> PYTHON_TOOLS = Set.of("pip", "setuptools", "wheel", "poetry", "uv",
            "pipenv", "virtualenv");
    private static final Set<String> MAVEN_GOALS = Set.of("package", "install", "verify", "compile", "test");
    private static final Set<String> GRADLE_TASKS = Set.of("build", "assemble", "dependencies", "bootjar", "jar",
            "installdist", "shadowjar", "classes", "compilejava");

    SourceCopiedBeforeDependencies() {
        super("DF003", Severity.WARNING, "Application source copied before the dependencies are installed",
                "every edit to the source invalidates the cache of the dependency install that follows, so each build"
                        + " downloads all dependencies again",
                "COPY the dependency manifest alone (requirements.txt, package*.json, pom.xml, go.mod), install, then"
                        + " COPY the source.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            Instruction sourceCopy = null;
            for (Instruction instruction : stage.instructions()) {
                if (sourceCopy == null && isSourceCopy(instruction, dockerfile.escape())) {
                    sourceCopy = instruction;
                } else if (instruction.is("RUN")) {
                    String install = dependencyInstall(dockerfile, instruction);
                    if (install == null) {
                        continue;
                    }
                    if (sourceCopy != null) {
                        findings.add(this, sourceCopy.startLine(), "The source is copied (line "
                                + sourceCopy.startLine() + ") before `" + install + "` installs the dependencies (line "
                                + instruction.startLine() + "), so every source edit reinstalls them: COPY the"
                                + " manifest alone, run the install, then COPY the source.");
                    }
                    break;
                }
            }
        }
    }

    private static boolean isSourceCopy(Instruction instruction, char escape) {
        for (String source : CopySources.of(instruction, escape)) {
            String path = TRAILING_SLASHES.matcher(LEADING_DOT_SLASHES.matcher(source).replaceFirst("")).replaceFirst("");
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            if (CopySources.isWholeContext(source) || path.isEmpty() || path.equals(".")
                    || SOURCE_DIRS.contains(top.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The installing command of {@code run} ("npm ci"), or {@code null}. */
    static String dependencyInstall(Dockerfile dockerfile, Instruction run) {
        for (Command command : RunCommands.commands(dockerfile, run)) {
            String sub = command.subcommand();
            String name = command.name();
            if (RunCommands.isPip(command, "install") && !installsOnlyTools(command)) {
                return "pip install";
            }
            if (name.equals("npm") && (sub.equals("ci") || sub.equals("install") || sub.equals("i"))
                    && !command.hasFlag("-g", "--global")
                    || name.equals("pnpm") && (sub.equals("install") || sub.equals("i"))
                    || name.equals("yarn") && (sub.isEmpty() || sub.equals("install"))
                    || name.equals("poetry") && sub.equals("install")
                    || name.equals("pipenv") && (sub.equals("install") || sub.equals("sync"))
                    || name.equals("uv") && (sub.equals("sync") || sub.equals("pip"))
                    || name.equals("bundle") && sub.equals("install")
                    || name.equals("composer") && sub.equals("install")
                    || name.equals("cargo") && sub.equals("fetch")
                    || name.equals("dotnet") && sub.equals("restore")) {
                return name + (sub.isEmpty() ? "" : " " + sub);
            }
            if (name.equals("go") && sub.equals("mod") && command.operands().contains("download")) {
                return "go mod download";
            }
            if (RunCommands.isMaven(command)) {
                for (String goal : command.operands()) {
                    if (goal.startsWith("dependency:") || goal.contains("go-offline") || MAVEN_GOALS.contains(goal)) {
                        return name + " " + goal.replaceFirst(".*:(go-offline)$", "dependency:$1");
                    }
                }
            }
            if (RunCommands.isGradle(command)) {
                List<String> tasks = command.operands();
                for (String task : tasks) {
                    if (GRADLE_TASKS.contains(task.toLowerCase(Locale.ROOT))) {
                        return name + " " + task;
                    }
                }
            }
        }
        return null;
    }

    /** {@code pip install --upgrade pip setuptools wheel}: tooling, not the application's dependencies. */
    private static boolean installsOnlyTools(Command command) {
        if (command.hasFlag("-r", "--requirement", "-e", "--editable")) {
            return false;
        }
        List<String> operands = command.operands();
        int start = operands.indexOf("install") + 1;
        List<String> packages = operands.subList(Math.max(0, Math.min(start, operands.size())), operands.size());
        return !packages.isEmpty() && packages.stream()
                .allMatch(p -> PYTHON_TOOLS.contains(PYTHON_SPEC_OPERATOR.split(p.toLowerCase(Locale.ROOT), 2)[0]));
    }
}
