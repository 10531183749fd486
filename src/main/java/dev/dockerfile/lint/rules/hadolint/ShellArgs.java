package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.shell.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading the arguments of the commands the shell rules look at. */
final class ShellArgs {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    private ShellArgs() {
    }

    /**
     * True when the command is given one of {@code options}: exactly, as {@code --long=value}, or for a
     * one-letter option inside a cluster ({@code -qO-} holds {@code -q}). A cluster ends at the first letter in
     * {@code valueLetters} (an option whose value is glued on: {@code -O/tmp/foo} does not hold {@code -o}) or
     * at the first character that is not a letter.
     */
    static boolean hasOption(Command command, String valueLetters, String... options) {
        for (String arg : command.args()) {
            if (arg.equals("--")) {
                return false;
            }
            for (String option : options) {
                if (arg.equals(option) || option.startsWith("--") && arg.startsWith(option + "=")) {
                    return true;
                }
            }
            if (arg.length() > 2 && arg.charAt(0) == '-' && arg.charAt(1) != '-') {
                for (int i = 1; i < arg.length() && Character.isLetter(arg.charAt(i)); i++) {
                    char letter = arg.charAt(i);
                    for (String option : options) {
                        if (option.length() == 2 && option.charAt(0) == '-' && option.charAt(1) == letter) {
                            return true;
                        }
                    }
                    if (valueLetters.indexOf(letter) >= 0) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** The value of an option given as {@code -u V}, {@code -uV}, {@code --uid V} or {@code --uid=V}; else null. */
    static String value(List<String> args, String shortOption, String longOption) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(shortOption) || arg.equals(longOption)) {
                return i + 1 < args.size() ? args.get(i + 1) : null;
            }
            if (longOption != null && arg.startsWith(longOption + "=")) {
                return arg.substring(longOption.length() + 1);
            }
            if (shortOption != null && arg.startsWith(shortOption) && !arg.startsWith("--")
                    && arg.length() > shortOption.length()) {
                return arg.substring(shortOption.length());
            }
        }
        return null;
    }

    /** True for {@code rm} with an operand that removes {@code dir} or its contents (or a directory above it). */
    static boolean removes(Command command, String... dirs) {
        if (!command.is("rm")) {
            return false;
        }
        for (String operand : Command.operands(command.args(), Set.of())) {
            for (String dir : dirs) {
                if (covers(operand, dir)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code path} ({@code /var/cache/apk/*}, {@code /var/lib/apt/}) is {@code dir} or above it. */
    static boolean covers(String path, String dir) {
        String p = path.strip();
        if (p.endsWith("*")) {
            p = p.substring(0, p.length() - 1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!path.startsWith("/")) {
            return false;
        }
        return p.isEmpty() || dir.equals(p) || dir.startsWith(p + "/");
    }


    /** True for a word that starts with a variable ({@code $PKGS}, {@code ${PKG}}): its value is unknown here. */
    static boolean isVariable(String word) {
        return word.startsWith("$");
    }

    /** The names of the variables {@code word} refers to ({@code $a}, {@code ${b:-c}}). */
    static List<String> variables(String word) {
        List<String> names = new ArrayList<>();
        var m = VARIABLE.matcher(word);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** True when shell options ({@code -o pipefail}, {@code -eo pipefail}, {@code -euxo pipefail}) set pipefail. */
    static boolean setsPipefail(List<String> options) {
        for (int i = 0; i + 1 < options.size(); i++) {
            String option = options.get(i);
            if (option.matches("-[A-Za-z]*o") && options.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }

    /** A short list of words for a message: {@code a, b, c} (and how many more). */
    static String list(List<String> words) {
        List<String> distinct = words.stream().distinct().toList();
        if (distinct.size() <= 6) {
            return String.join(", ", distinct);
        }
        return String.join(", ", distinct.subList(0, 6)) + " and " + (distinct.size() - 6) + " more";
    }
}
