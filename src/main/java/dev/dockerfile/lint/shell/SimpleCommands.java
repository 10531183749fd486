package dev.dockerfile.lint.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The simple commands a shell script runs, as the rules read them: wrappers ({@code sudo}, {@code env},
 * {@code nice}, {@code timeout}, {@code xargs}, {@code gosu}) are followed by the command they run,
 * {@code sh -c '...'} by the commands of its script, {@code python -m pip} reads as {@code pip}; names are base
 * names ({@code /opt/venv/bin/pip} is {@code pip}), leading assignments and redirections are removed. One reader
 * for hadolint's rules and ours.
 */
public final class SimpleCommands {
    /** The POSIX shells whose {@code -c} script is read. */
    public static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");
    private static final Pattern REDIRECTION = Pattern.compile("^(?:\\d*|&)(?:>>|>\\||>&|>|<<<|<<-|<<|<&|<>|<)(.*)$");
    private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");
    private static final Pattern PIP = Pattern.compile("pip[0-9.]*");
    private static final int MAX_NESTING = 3;
    private static final int MAX_WRAPPERS = 8;

    private static final Set<String> SUDO_VALUE_OPTIONS =
            Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T", "--user", "--group", "--prompt");
    private static final Set<String> ENV_VALUE_OPTIONS = Set.of("-u", "--unset", "-C", "--chdir", "-S", "--split-string");
    private static final Set<String> NICE_VALUE_OPTIONS = Set.of("-n", "--adjustment");
    private static final Set<String> TIMEOUT_VALUE_OPTIONS = Set.of("-s", "--signal", "-k", "--kill-after");
    private static final Set<String> XARGS_VALUE_OPTIONS = Set.of("-a", "--arg-file", "-d", "--delimiter", "-E", "-I",
            "-L", "--max-lines", "-n", "--max-args", "-P", "--max-procs", "-s", "--max-chars");


    private SimpleCommands() {
    }

    /** The simple commands of a shell script, wrappers and {@code sh -c} scripts opened in order. */
    public static List<Command> of(String script) {
        List<Command> commands = new ArrayList<>();
        for (Command command : Shell.commands(script)) {
            add(command.name(), command.args(), commands, 0);
        }
        return commands;
    }

    /** One simple command given as words (an exec-form RUN), read as {@link #of(String)} reads a script's. */
    public static List<Command> of(String name, List<String> args) {
        List<Command> commands = new ArrayList<>();
        add(name, args, commands, 0);
        return commands;
    }

    private static void add(String name, List<String> args, List<Command> out, int depth) {
        add(name, args, out, depth, 0);
    }

    /**
     * Adds one simple command (and what it wraps) to {@code out}. {@code depth} counts {@code sh -c} scripts
     * opened, {@code wrappers} the wrappers followed ({@code sudo env nice ...}): both are bounded, since each
     * level copies the rest of the command and {@code sudo sudo sudo ...} can be a megabyte long.
     */
    private static void add(String name, List<String> args, List<Command> out, int depth, int wrappers) {
        List<String> words = new ArrayList<>(args.size() + 1);
        words.add(name);
        words.addAll(args);
        words = withoutRedirections(words);
        int first = 0;
        while (first < words.size() && Shell.isAssignment(words.get(first))) {
            first++;
        }
        words = words.subList(first, words.size());
        if (words.isEmpty()) {
            return;
        }
        String command = basename(words.get(0));
        List<String> rest = words.subList(1, words.size());
        if (PYTHON.matcher(command).matches()) {
            int module = moduleIndex(rest);
            if (module >= 0 && module + 1 < rest.size() && PIP.matcher(rest.get(module + 1)).matches()) {
                out.add(new Command("pip", rest.subList(module + 2, rest.size())));
                return;
            }
        }
        out.add(new Command(command, rest));
        int inner = switch (command) {
            case "sudo" -> firstOperand(rest, SUDO_VALUE_OPTIONS, 0);
            case "env" -> firstOperand(rest, ENV_VALUE_OPTIONS, 0);
            case "nice" -> firstOperand(rest, NICE_VALUE_OPTIONS, 0);
            case "timeout" -> firstOperand(rest, TIMEOUT_VALUE_OPTIONS, 1);
            case "xargs" -> firstOperand(rest, XARGS_VALUE_OPTIONS, 0);
            case "gosu", "su-exec" -> rest.size() > 1 ? 1 : -1;
            default -> -1;
        };
        if (inner >= 0 && inner < rest.size() && wrappers < MAX_WRAPPERS) {
            add(rest.get(inner), rest.subList(inner + 1, rest.size()), out, depth, wrappers + 1);
        }
        if (SHELLS.contains(command) && depth < MAX_NESTING) {
            String script = dashCScript(rest);
            if (script != null) {
                for (Command nested : Shell.commands(script)) {
                    add(nested.name(), nested.args(), out, depth + 1);
                }
            }
        }
    }

    /** Index of the first word after the options (and after {@code skip} more operands), ignoring VAR=value words. */
    private static int firstOperand(List<String> args, Set<String> valueOptions, int skip) {
        int skipped = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.length() > 1 && arg.startsWith("-")) {
                if (valueOptions.contains(arg)) {
                    i++;
                }
            } else if (!Shell.isAssignment(arg)) {
                if (skipped++ == skip) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Where {@code -m} is among the interpreter's leading options ({@code python3 -u -m pip}), or -1. */
    private static int moduleIndex(List<String> args) {
        for (int i = 0; i < args.size() && args.get(i).startsWith("-"); i++) {
            if (args.get(i).equals("-m")) {
                return i;
            }
        }
        return -1;
    }

    /** The script of {@code sh -c 'script'} ({@code -ec}, {@code -euxo pipefail -c}, ...), or null. */
    public static String dashCScript(List<String> args) {
        boolean dashC = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return dashC && i + 1 < args.size() ? args.get(i + 1) : null;
            }
            if (arg.startsWith("--")) {
                continue;
            }
            if (arg.length() > 1 && (arg.startsWith("-") || arg.startsWith("+"))) {
                dashC |= arg.indexOf('c', 1) > 0;
                if (arg.endsWith("o") || arg.endsWith("O")) {
                    i++;
                }
                continue;
            }
            return dashC ? arg : null;
        }
        return null;
    }

    /** The words without shell redirections ({@code > file}, {@code 2>&1}, {@code <<EOF}, ...). */
    public static List<String> withoutRedirections(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            var m = REDIRECTION.matcher(words.get(i));
            if (m.matches()) {
                if (m.group(1).isEmpty()) {
                    i++;
                }
                continue;
            }
            kept.add(words.get(i));
        }
        return kept;
    }

    /** The last element of a path: {@code /opt/venv/bin/pip} is {@code pip}, {@code /a/dir/} is {@code dir}. */
    public static String basename(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }
}
