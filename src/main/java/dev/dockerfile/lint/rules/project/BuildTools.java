package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What counts as building: compilers and build tools run or installed, dev dependencies installed. */
final class BuildTools {
    private static final Pattern VERSION_OPERATOR = Pattern.compile("[=<>~]");
    private static final Pattern VERSION_OR_HELP = Pattern.compile("--?(version|help|v)");
    private static final Pattern JDK_PACKAGE = Pattern.compile("openjdk-\\d+-jdk(-headless)?|openjdk\\d+(-jdk)?"
            + "|java-[0-9.]+-openjdk-devel|temurin-\\d+-jdk");
    private static final Pattern INLINE_NODE_PRODUCTION = Pattern.compile("\\bNODE_ENV=[\"']?production\\b");
    private static final Set<String> BUILD_COMMANDS =
            Set.of("mvn", "mvnw", "gradle", "gradlew", "gcc", "g++", "cc", "c++", "clang", "clang++", "make", "cmake",
                    "javac", "ant", "sbt");
    private static final Set<String> INSTALLERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf");
    private static final Set<String> BUILD_PACKAGES = Set.of("maven", "gradle", "gcc", "g++", "gcc-c++", "make",
            "build-essential", "build-base", "alpine-sdk", "cmake", "clang", "golang", "golang-go", "go", "cargo",
            "rustc", "default-jdk", "ant", "sbt");

    private BuildTools() {
    }

    /** What in {@code command} builds ("runs `mvn`", "installs `gcc`"), or {@code null}. */
    static String describe(Command command) {
        String name = command.name();
        String sub = command.subcommand();
        if (command.args().size() == 1 && VERSION_OR_HELP.matcher(command.args().get(0)).matches()) {
            return null;
        }
        if (BUILD_COMMANDS.contains(name)) {
            return "runs `" + name + "`";
        }
        if (name.equals("go") && (sub.equals("build") || sub.equals("install"))
                || name.equals("cargo") && (sub.equals("build") || sub.equals("install"))
                || name.equals("dotnet") && (sub.equals("build") || sub.equals("publish"))) {
            return "runs `" + name + " " + sub + "`";
        }
        if ((name.equals("npm") || name.equals("pnpm") || name.equals("yarn")) && runsBuildScript(command)) {
            return "runs `" + name + " run build`";
        }
        if (INSTALLERS.contains(name) && (sub.equals("install") || sub.equals("add"))) {
            for (String pkg : RunCommands.packages(command)) {
                String bare = VERSION_OPERATOR.split(pkg.toLowerCase(Locale.ROOT), 2)[0];
                if (BUILD_PACKAGES.contains(bare) || JDK_PACKAGE.matcher(bare).matches()) {
                    return "installs `" + bare + "`";
                }
            }
        }
        return null;
    }

    private static boolean runsBuildScript(Command command) {
        List<String> operands = command.operands();
        if (command.is("yarn") && !operands.isEmpty() && operands.get(0).equals("build")) {
            return true;
        }
        return operands.size() >= 2 && (operands.get(0).equals("run") || operands.get(0).equals("run-script"))
                && operands.get(1).startsWith("build");
    }

    /** True when the RUN removes packages again (apt-get purge, apk del, dnf remove): a build-and-clean layer. */
    static boolean removesPackages(List<Command> commands) {
        for (Command command : commands) {
            String sub = command.subcommand();
            if ((command.is("apt-get") || command.is("apt")) && (sub.equals("purge") || sub.equals("remove")
                    || sub.equals("autoremove"))
                    || command.is("apk") && sub.equals("del")
                    || INSTALLERS.contains(command.name()) && (sub.equals("remove") || sub.equals("erase"))) {
                return true;
            }
        }
        return false;
    }

    /** The first RUN of {@code stages} that installs Node.js dev dependencies, or {@code null}. */
    static Instruction devDependencyInstall(Dockerfile dockerfile, List<Stage> stages) {
        boolean productionEnv = false;
        for (Stage stage : stages) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("ENV") || instruction.is("ARG")) {
                    productionEnv |= instruction.pairs().stream().anyMatch(p -> p.key().equals("NODE_ENV")
                            && "production".equals(p.value()));
                }
                if (!instruction.is("RUN") || productionEnv) {
                    continue;
                }
                boolean inlineProduction = RunCommands.scripts(instruction).stream()
                        .anyMatch(s -> INLINE_NODE_PRODUCTION.matcher(s).find());
                for (Command command : RunCommands.commands(dockerfile, instruction)) {
                    if (!inlineProduction && installsDevDependencies(command)) {
                        return instruction;
                    }
                }
            }
        }
        return null;
    }

    static boolean installsDevDependencies(Command command) {
        String sub = command.subcommand();
        if (command.is("npm")) {
            boolean install = sub.equals("ci") || (sub.equals("install") || sub.equals("i"))
                    && RunCommands.packages(command).isEmpty();
            return install && !command.hasFlag("-g", "--global", "--production", "--omit", "--only");
        }
        if (command.is("yarn")) {
            return (sub.isEmpty() || sub.equals("install")) && !command.hasFlag("--production", "--prod");
        }
        if (command.is("pnpm")) {
            return (sub.equals("install") || sub.equals("i")) && !command.hasFlag("--prod", "-P", "--production");
        }
        return false;
    }
}
