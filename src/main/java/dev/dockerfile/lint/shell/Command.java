package dev.dockerfile.lint.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One simple command of a shell script: {@code name} and its arguments, quotes removed.
 * Leading {@code VAR=value} assignments and shell keywords ({@code if}, {@code then}, ...) are dropped.
 */
public record Command(String name, List<String> args) {
    private static final Pattern FLAG_CLUSTER = Pattern.compile("-[A-Za-z]{2,}");

    public Command {
        args = List.copyOf(args);
    }

    public boolean is(String command) {
        return name.equals(command);
    }

    /** True when any argument equals one of the given flags ({@code -y}, {@code --yes}), or a short-flag cluster holds it. */
    public boolean hasFlag(String... flags) {
        for (String arg : args) {
            for (String flag : flags) {
                if (arg.equals(flag) || arg.startsWith(flag + "=")) {
                    return true;
                }
                // A cluster such as -qy holds -y; -O/tmp/file (a value glued to -O) holds no -o.
                if (flag.length() == 2 && flag.charAt(0) == '-' && FLAG_CLUSTER.matcher(arg).matches()
                        && arg.indexOf(flag.charAt(1)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Arguments that are not options, in order, read as {@link #operands(List, Set)} with the command's own
     * {@link ValueOptions} ({@code apt-get -o Acquire::Retries=3 install curl} has the operands install, curl).
     */
    public List<String> operands() {
        return operands(args, ValueOptions.of(name));
    }

    /**
     * The operands of {@code args}: words that are not options ({@code -} alone is one). An option listed in
     * {@code valueOptions} written without {@code =} takes the next word as its value. After {@code --} every word
     * is an operand.
     */
    public static List<String> operands(List<String> args, Set<String> valueOptions) {
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.length() > 1 && arg.startsWith("-")) {
                if (valueOptions.contains(arg)) {
                    i++;
                }
                continue;
            }
            operands.add(arg);
        }
        return Collections.unmodifiableList(operands);
    }

    /** The first operand (a subcommand such as {@code install} of {@code apt-get install}), or "". */
    public String subcommand() {
        // Asked by many rules of every command: no list, no stream.
        Set<String> valueOptions = ValueOptions.of(name);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return i + 1 < args.size() ? args.get(i + 1) : "";
            }
            if (arg.length() > 1 && arg.startsWith("-")) {
                if (valueOptions.contains(arg)) {
                    i++;
                }
                continue;
            }
            return arg;
        }
        return "";
    }
}
