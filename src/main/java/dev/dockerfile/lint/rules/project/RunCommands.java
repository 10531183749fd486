package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.SimpleCommands;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Heredoc;
import dev.dockerfile.parse.Instruction;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The commands a RUN executes: its script and heredocs, read by the rules' one command reader
 * ({@link SimpleCommands}: wrappers such as {@code sudo} followed, {@code sh -c} scripts opened, {@code python -m pip}
 * as {@code pip}, paths reduced to names, option values of package managers skipped).
 */
final class RunCommands {
    private static final Function<Dockerfile, Map<Instruction, List<Command>>> ALL_COMMANDS = RunCommands::readAll;
    private static final Pattern PIP = Pattern.compile("pip[0-9.]*");

    private RunCommands() {
    }

    /** The shell texts of a RUN: its command line and the bodies of its heredocs. */
    static List<String> scripts(Instruction run) {
        List<String> scripts = new ArrayList<>();
        scripts.add(run.command() == null ? "" : run.command());
        for (Heredoc heredoc : run.heredocs()) {
            scripts.add(heredoc.content());
        }
        return scripts;
    }

    /** The commands of {@code run}, read once per file for the rules that ask (see {@link Dockerfile#view}). */
    static List<Command> commands(Dockerfile dockerfile, Instruction run) {
        List<Command> commands = dockerfile.view(ALL_COMMANDS).get(run);
        return commands != null ? commands : read(run);
    }

    private static Map<Instruction, List<Command>> readAll(Dockerfile dockerfile) {
        Map<Instruction, List<Command>> all = new IdentityHashMap<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.is("RUN")) {
                all.put(instruction, read(instruction));
            }
        }
        return all;
    }

    private static List<Command> read(Instruction run) {
        List<Command> commands = new ArrayList<>();
        for (String script : scripts(run)) {
            commands.addAll(SimpleCommands.of(script));
        }
        return List.copyOf(commands);
    }

    /** True for {@code pip}, {@code pip3}, {@code pip3.12} (and {@code python -m pip}, which reads as pip), with {@code sub} as subcommand. */
    static boolean isPip(Command command, String sub) {
        return PIP.matcher(command.name()).matches() && command.subcommand().equals(sub);
    }

    static boolean isMaven(Command command) {
        return command.is("mvn") || command.is("mvnw");
    }

    static boolean isGradle(Command command) {
        return command.is("gradle") || command.is("gradlew");
    }

    /** The arguments after the subcommand that are not options (package names of {@code apt-get install x y}). */
    static List<String> packages(Command command) {
        List<String> operands = command.operands();
        return operands.isEmpty() ? List.of() : operands.subList(1, operands.size());
    }
}
