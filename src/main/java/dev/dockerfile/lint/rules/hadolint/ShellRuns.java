package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.analysis.HadolintStages;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.SimpleCommands;
import dev.dockerfile.parse.Comment;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Flag;
import dev.dockerfile.parse.Heredoc;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the RUN instructions of a Dockerfile for the shell rules (DL3001 to DL4006): each stage's RUNs
 * as simple commands ({@link SimpleCommands}), with the SHELL, variables and mounts that apply to them.
 */
final class ShellRuns {
    private static final Set<String> NON_POSIX_SHELLS = Set.of("pwsh", "powershell", "cmd");
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");
    private static final List<String> WINDOWS_SHELL = List.of("cmd", "/S", "/C");
    /** hadolint's pragma for base images whose default shell is not POSIX: {@code # hadolint shell=powershell}. */
    private static final Pattern SHELL_PRAGMA = Pattern.compile("^hadolint\\s+shell\\s*=\\s*(\\S+)");
    /** Read once per file: some forty rules use it (see {@link Dockerfile#view}). */
    private static final Function<Dockerfile, List<ShellStage>> STAGES = ShellRuns::readStages;
    private static final Function<Dockerfile, List<ShellRun>> POSIX_RUNS = ShellRuns::readPosixRuns;
    private static final Function<Dockerfile, List<ShellRun>> SHIPPED_POSIX_RUNS = ShellRuns::readShippedPosixRuns;

    private ShellRuns() {
    }

    /** Every stage, in order. */
    static List<ShellStage> read(Dockerfile dockerfile) {
        return dockerfile.view(STAGES);
    }

    private static List<ShellStage> readStages(Dockerfile dockerfile) {
        List<Stage> stages = HadolintStages.of(dockerfile);
        int[] parents = new int[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            Stage parent = HadolintStages.parent(dockerfile, stages.get(i));
            parents[i] = parent == null ? -1 : parent.index();
        }
        boolean[] shipped = new boolean[stages.size()];
        for (int i = stages.size() - 1; i >= 0 && !shipped[i]; i = parents[i]) {
            shipped[i] = true;
        }

        List<Comment> pragmas = dockerfile.comments().stream()
                .filter(c -> SHELL_PRAGMA.matcher(c.text()).find()).toList();
        Environment args = new Environment(null);
        for (Instruction instruction : dockerfile.globalInstructions()) {
            if (instruction.is("ARG")) {
                instruction.pairs().forEach(p -> args.put(p.key(), ""));
            }
        }
        boolean windowsFile = dockerfile.escape() == '`';

        List<ShellStage> result = new ArrayList<>();
        List<Environment.At> stageEnv = new ArrayList<>();
        List<List<String>> stageShell = new ArrayList<>();
        List<String> pragmaShell = null;
        int nextPragma = 0;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            while (nextPragma < pragmas.size() && pragmas.get(nextPragma).line() < HadolintStages.firstLine(stage)) {
                pragmaShell = pragmaShell(pragmas.get(nextPragma++));
            }
            ShellStage parent = parents[i] < 0 ? null : result.get(parents[i]);
            Environment env = new Environment(parent == null ? null : stageEnv.get(parents[i]));
            List<String> shell;
            if (parent != null) {
                shell = stageShell.get(parents[i]);
            } else if (pragmaShell != null) {
                shell = pragmaShell;
            } else {
                shell = windowsFile || isWindowsImage(stage.image()) ? WINDOWS_SHELL : DEFAULT_SHELL;
            }
            List<ShellRun> runs = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                while (nextPragma < pragmas.size() && pragmas.get(nextPragma).line() < instruction.startLine()) {
                    pragmaShell = pragmaShell(pragmas.get(nextPragma++));
                    shell = pragmaShell;
                }
                switch (instruction.keyword()) {
                    case "ARG" -> instruction.pairs().forEach(p -> args.put(p.key(), ""));
                    case "ENV" -> {
                        for (KeyValue pair : instruction.pairs()) {
                            env.put(pair.key(), pair.value());
                        }
                    }
                    case "SHELL" -> {
                        if (instruction.isExecForm() && !instruction.execForm().isEmpty()) {
                            shell = instruction.execForm();
                        }
                    }
                    case "RUN" -> runs.add(run(instruction, instruction, false, shell, env, args));
                    case "ONBUILD" -> {
                        if (instruction.trigger() != null && instruction.trigger().is("RUN")) {
                            runs.add(run(instruction, instruction.trigger(), true, shell, env, args));
                        }
                    }
                    default -> {
                    }
                }
            }
            stageEnv.add(env.now());
            stageShell.add(shell);
            result.add(new ShellStage(stage, parent, runs, shipped[i]));
        }
        return List.copyOf(result);
    }

    /** The RUNs of every stage whose shell is POSIX (the ones the shell rules check). */
    static List<ShellRun> posixRuns(Dockerfile dockerfile) {
        return dockerfile.view(POSIX_RUNS);
    }

    private static List<ShellRun> readPosixRuns(Dockerfile dockerfile) {
        List<ShellRun> runs = new ArrayList<>();
        for (ShellStage stage : read(dockerfile)) {
            stage.runs().stream().filter(ShellRun::posix).forEach(runs::add);
        }
        return List.copyOf(runs);
    }

    /**
     * The POSIX RUNs whose layers end up in the image: those of the last stage and of the stages it is
     * built FROM, and every ONBUILD RUN (it runs in whatever image is built from this one).
     */
    static List<ShellRun> shippedPosixRuns(Dockerfile dockerfile) {
        return dockerfile.view(SHIPPED_POSIX_RUNS);
    }

    private static List<ShellRun> readShippedPosixRuns(Dockerfile dockerfile) {
        List<ShellRun> runs = new ArrayList<>();
        for (ShellStage stage : read(dockerfile)) {
            stage.runs().stream().filter(r -> r.posix() && (stage.inFinalImage() || r.onbuild())).forEach(runs::add);
        }
        return List.copyOf(runs);
    }

    private static List<String> pragmaShell(Comment pragma) {
        Matcher m = SHELL_PRAGMA.matcher(pragma.text());
        return m.find() ? List.of(m.group(1)) : DEFAULT_SHELL;
    }

    private static boolean isWindowsImage(String image) {
        String i = image.toLowerCase(Locale.ROOT);
        return i.contains("mcr.microsoft.com/windows") || i.contains("servercore") || i.contains("nanoserver");
    }

    private static boolean isPosix(List<String> shell) {
        String exe = SimpleCommands.basename(shell.get(0).replace('\\', '/')).toLowerCase(Locale.ROOT);
        if (exe.endsWith(".exe")) {
            exe = exe.substring(0, exe.length() - 4);
        }
        return !NON_POSIX_SHELLS.contains(exe);
    }

    private static ShellRun run(Instruction at, Instruction run, boolean onbuild, List<String> shell,
            Environment env, Environment args) {
        List<ShellRun.Mount> mounts = new ArrayList<>();
        for (Flag flag : run.flags()) {
            if (flag.name().equals("mount") && flag.value() != null) {
                mounts.add(mount(flag.value()));
            }
        }
        List<Command> commands = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        boolean posix = true;
        if (run.isExecForm()) {
            List<String> words = run.execForm();
            if (!words.isEmpty()) {
                commands.addAll(SimpleCommands.of(words.get(0), words.subList(1, words.size())));
            }
        } else {
            posix = isPosix(shell);
            scripts.addAll(scripts(run));
            for (String script : scripts) {
                commands.addAll(SimpleCommands.of(script));
            }
            if (!scripts.contains(run.arguments())) {
                // The RUN line itself only starts the heredoc scripts (RUN <<EOF, RUN bash <<EOF).
                commands.addAll(0, SimpleCommands.of(run.arguments()));
            }
        }
        return new ShellRun(at, onbuild, commands, scripts, shell, posix, mounts, env.now(), args.now());
    }

    /** The shell scripts of a shell-form RUN: its text, or its heredocs when they are what the shell runs. */
    private static List<String> scripts(Instruction run) {
        if (run.heredocs().isEmpty()) {
            return List.of(run.arguments());
        }
        List<Command> line = SimpleCommands.of(run.arguments());
        boolean heredocsAreScripts = line.isEmpty()
                || line.size() == 1 && SimpleCommands.SHELLS.contains(line.get(0).name()) && line.get(0).args().stream()
                        .noneMatch(a -> !a.startsWith("-") || a.startsWith("-") && !a.startsWith("--") && a.contains("c"));
        if (!heredocsAreScripts) {
            return List.of(run.arguments());
        }
        List<String> scripts = new ArrayList<>();
        for (Heredoc heredoc : run.heredocs()) {
            if (isShellScript(heredoc.content())) {
                scripts.add(heredoc.content());
            }
        }
        return scripts;
    }

    /** A heredoc without a shebang runs in the shell; one with {@code #!/usr/bin/env python3} does not. */
    private static boolean isShellScript(String content) {
        if (!content.startsWith("#!")) {
            return true;
        }
        int end = content.indexOf('\n');
        List<String> words = List.of(content.substring(2, end < 0 ? content.length() : end).strip().split("\\s+"));
        String interpreter = SimpleCommands.basename(words.get(0));
        if (interpreter.equals("env") && words.size() > 1) {
            interpreter = words.get(words.size() - 1);
        }
        return SimpleCommands.SHELLS.contains(interpreter);
    }

    private static ShellRun.Mount mount(String value) {
        String type = "bind";
        String target = "";
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            String v = eq < 0 ? "" : part.substring(eq + 1).strip();
            switch (key.toLowerCase(Locale.ROOT)) {
                case "type" -> type = v.toLowerCase(Locale.ROOT);
                case "target", "dst", "destination" -> target = v;
                default -> {
                }
            }
        }
        return new ShellRun.Mount(type, target);
    }
}
