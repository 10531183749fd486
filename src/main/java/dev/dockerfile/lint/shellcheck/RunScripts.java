package dev.dockerfile.lint.shellcheck;

import dev.dockerfile.image.ImageReference;
import dev.dockerfile.lint.analysis.HadolintStages;
import dev.dockerfile.parse.Comment;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Heredoc;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell scripts of a Dockerfile's RUNs, stage by stage, with the shell and variables hadolint gives
 * ShellCheck: the stage's SHELL (or {@code # hadolint shell=...}), its ARG and ENV names and those of the
 * stage it is built FROM (an ONBUILD RUN runs in a child build: it keeps the ENV names, not the ARGs).
 * Exec-form RUNs run no shell, and shells ShellCheck cannot read (PowerShell, cmd, zsh, fish) are left out.
 */
final class RunScripts {
    private static final Pattern SHELL_PRAGMA = Pattern.compile("^hadolint\\s+shell\\s*=\\s*(\\S+)");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** {@code RUN <<EOF} alone: BuildKit runs the heredoc's body as the script. */
    private static final Pattern HEREDOC_ONLY = Pattern.compile("<<-?\\s*([\"']?)[^\\s\"']+\\1");
    /** Docker's predefined ARGs, set in every RUN without a declaration (hadolint exports them too). */
    private static final List<String> PREDEFINED = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");
    private static final List<String> WINDOWS_SHELL = List.of("cmd", "/S", "/C");

    /**
     * Exported names per script, at most: hadolint exports every name in scope, which SC2153 ("possible
     * misspelling") compares a reference against; a file with thousands of variables and RUNs would make
     * that quadratic, so beyond this only the names a script refers to are exported.
     */
    private static final int ALL_NAMES_LIMIT = 100;

    /** The names a stage has declared, each at the position (instruction index) it was first declared. */
    private record Scope(Scope parent, int parentEnd, Map<String, Integer> declared) {
        boolean knows(String name, int position) {
            for (Scope scope = this; scope != null; position = scope.parentEnd, scope = scope.parent) {
                Integer at = scope.declared.get(name);
                if (at != null && at < position) {
                    return true;
                }
            }
            return false;
        }

        /** Every name declared before {@code position}, or {@code null} when that is more than {@code limit} names or stages. */
        Set<String> names(int position, int limit) {
            Set<String> names = new TreeSet<>();
            int stages = 0;
            for (Scope scope = this; scope != null; position = scope.parentEnd, scope = scope.parent) {
                if (++stages > limit) {
                    return null;
                }
                for (Map.Entry<String, Integer> e : scope.declared.entrySet()) {
                    if (e.getValue() < position && names.add(e.getKey()) && names.size() > limit) {
                        return null;
                    }
                }
            }
            return names;
        }
    }

    private RunScripts() {
    }

    static List<RunScript> of(Dockerfile dockerfile) {
        List<Comment> pragmas = dockerfile.comments().stream().filter(c -> SHELL_PRAGMA.matcher(c.text()).find()).toList();
        boolean windowsFile = dockerfile.escape() == '`';
        List<RunScript> scripts = new ArrayList<>();
        List<Scope> scopes = new ArrayList<>();
        List<List<String>> shells = new ArrayList<>();
        List<String> pragmaShell = null;
        int nextPragma = 0;
        Set<String> argNames = new HashSet<>();
        Set<String> envNames = new HashSet<>();
        // A fragment without FROM is one stage, as hadolint reads it.
        for (Stage stage : HadolintStages.of(dockerfile)) {
            while (nextPragma < pragmas.size() && pragmas.get(nextPragma).line() < HadolintStages.firstLine(stage)) {
                pragmaShell = pragmaShell(pragmas.get(nextPragma++));
            }
            Stage parent = HadolintStages.parent(dockerfile, stage);
            List<String> shell;
            if (parent != null) {
                shell = shells.get(parent.index());
            } else if (pragmaShell != null) {
                shell = pragmaShell;
            } else {
                shell = windowsFile || ImageReference.isWindows(stage.image()) ? WINDOWS_SHELL : DEFAULT_SHELL;
            }
            Scope scope = parent == null ? new Scope(null, 0, new HashMap<>())
                    : new Scope(scopes.get(parent.index()), Integer.MAX_VALUE, new HashMap<>());
            List<Instruction> instructions = stage.instructions();
            for (int position = 0; position < instructions.size(); position++) {
                Instruction instruction = instructions.get(position);
                while (nextPragma < pragmas.size() && pragmas.get(nextPragma).line() < instruction.startLine()) {
                    pragmaShell = pragmaShell(pragmas.get(nextPragma++));
                    shell = pragmaShell;
                }
                if (instruction.is("ARG") || instruction.is("ENV")) {
                    for (KeyValue pair : instruction.pairs()) {
                        scope.declared().putIfAbsent(pair.key(), position);
                        (instruction.is("ARG") ? argNames : envNames).add(pair.key());
                    }
                } else if (instruction.is("SHELL") && instruction.isExecForm() && !instruction.execForm().isEmpty()) {
                    shell = instruction.execForm();
                } else {
                    // An ONBUILD RUN runs in the images built FROM this one; hadolint checks it here too.
                    Instruction run = instruction.is("ONBUILD") ? instruction.trigger() : instruction;
                    if (run != null && run.is("RUN") && !run.isExecForm()) {
                        int before = scripts.size();
                        add(instruction.startLine(), run, Dialect.of(shell), scope, position, scripts);
                        if (run != instruction && scripts.size() > before) {
                            // The child build sees this image's ENV but none of its ARGs.
                            RunScript trigger = scripts.remove(before);
                            Set<String> inherited = new TreeSet<>(trigger.variables());
                            inherited.removeIf(name -> argNames.contains(name) && !envNames.contains(name)
                                    && !PREDEFINED.contains(name));
                            scripts.add(new RunScript(trigger.line(), trigger.dialect(), trigger.script(), inherited));
                        }
                    }
                }
            }
            scopes.add(scope);
            shells.add(shell);
        }
        return scripts;
    }

    private static void add(int line, Instruction run, String dialect, Scope scope, int position, List<RunScript> out) {
        String script = run.arguments();
        if (run.heredocs().size() == 1 && HEREDOC_ONLY.matcher(run.arguments().strip()).matches()) {
            script = run.heredocs().get(0).content();
            if (script.startsWith("#!")) {
                // BuildKit runs such a body as a file: its own shebang picks the interpreter.
                dialect = Dialect.ofShebang(script.substring(2, lineEnd(script)));
            }
        } else if (!run.heredocs().isEmpty()) {
            // The shell gets the command line and the heredoc bodies, each ended by its delimiter line.
            StringBuilder text = new StringBuilder(script);
            for (Heredoc heredoc : run.heredocs()) {
                text.append('\n').append(heredoc.content()).append(heredoc.name());
            }
            script = text.toString();
        }
        if (dialect != null) {
            out.add(new RunScript(line, dialect, script, variables(script, scope, position)));
        }
    }

    private static Set<String> variables(String script, Scope scope, int position) {
        Set<String> known = scope.names(position, ALL_NAMES_LIMIT);
        if (known == null) {
            known = new TreeSet<>();
            Matcher reference = REFERENCE.matcher(script);
            while (reference.find()) {
                if (scope.knows(reference.group(1), position)) {
                    known.add(reference.group(1));
                }
            }
        }
        known.addAll(PREDEFINED);
        // A name that is no shell variable (ARG my-name) cannot be exported, and no script can refer to it.
        known.removeIf(name -> !SHELL_NAME.matcher(name).matches());
        return known;
    }

    private static int lineEnd(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text.length() : end;
    }

    private static List<String> pragmaShell(Comment pragma) {
        Matcher m = SHELL_PRAGMA.matcher(pragma.text());
        m.find(); // the pragmas were chosen by this pattern
        return List.of(m.group(1));
    }
}
