package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.ValueOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the yum and dnf rules (DL3030 to DL3041) share: subcommands, {@code -y}, {@code clean all}, versions. */
final class RpmPackageCommands {
    /** Subcommands that download packages (and so fill the cache). */
    static final Set<String> INSTALLING = Set.of("install", "in", "reinstall", "rei", "localinstall", "upgrade", "up",
            "update", "upgrade-minimal", "up-min", "update-minimal", "downgrade", "groupinstall", "groupupdate",
            "distro-sync", "dsync", "swap", "group install", "groups install", "group upgrade", "group update",
            "module install", "module update", "module upgrade");
    /** Subcommands that ask for confirmation. */
    static final Set<String> PROMPTING = Set.of("install", "in", "reinstall", "rei", "localinstall", "upgrade", "up",
            "update", "upgrade-minimal", "up-min", "update-minimal", "downgrade", "groupinstall", "groupupdate",
            "groupremove", "distro-sync", "dsync", "swap", "remove", "rm", "erase", "autoremove", "group install",
            "groups install", "group upgrade", "group update", "group remove", "module install", "module update",
            "module upgrade", "module remove");
    private static final Set<String> PACKAGE_INSTALLS = Set.of("install", "in", "reinstall", "rei", "localinstall");
    private static final Set<String> GROUPING_WORDS = Set.of("module", "group", "groups");
    private static final Pattern ASSUME_YES_OPTION = Pattern.compile("(?i)(--setopt=)?assumeyes=(1|true|yes)");

    /** A subcommand ({@code install}, {@code module install}) and the words after it. */
    record Action(String verb, List<String> operands) {
    }

    private RpmPackageCommands() {
    }

    /**
     * The last install of one of {@code tools} in the RUN that no {@code clean all} (of any of
     * {@code cleaners}) or removal of {@code caches} follows, as "tool verb"; {@code null} if none.
     */
    static String uncleanedInstall(ShellRun run, Set<String> tools, Set<String> cleaners, String[] caches) {
        if (run.keepsOutOfLayers(caches)) {
            return null;
        }
        String pending = null;
        for (Command command : run.commands()) {
            if (tools.contains(command.name()) && INSTALLING.contains(action(command).verb())) {
                pending = command.name() + " " + action(command).verb();
            } else if (cleansAll(command, cleaners) || ShellArgs.removes(command, caches)) {
                pending = null;
            }
        }
        return pending;
    }

    static Action action(Command command) {
        List<String> operands = Command.operands(command.args(), ValueOptions.RPM);
        if (operands.isEmpty()) {
            return new Action("", List.of());
        }
        String first = operands.get(0);
        if (GROUPING_WORDS.contains(first) && operands.size() > 1) {
            return new Action(first + " " + operands.get(1), operands.subList(2, operands.size()));
        }
        return new Action(first, operands.subList(1, operands.size()));
    }

    static boolean assumesYes(Command command) {
        return ShellArgs.hasOption(command, "cxdeR", "-y", "--assumeyes")
                || command.args().stream().anyMatch(a -> ASSUME_YES_OPTION.matcher(a).matches());
    }

    /** True for {@code yum clean all}, {@code dnf clean all}, {@code microdnf clean all}. */
    static boolean cleansAll(Command command, Set<String> tools) {
        if (!tools.contains(command.name())) {
            return false;
        }
        Action action = action(command);
        return action.verb().equals("clean") && action.operands().contains("all");
    }

    /** The packages of an install that name no version ({@code tomcat}, not {@code tomcat-9.0.1}). */
    static List<String> unpinned(Action action, ShellRun run) {
        List<String> unpinned = new ArrayList<>();
        if (PACKAGE_INSTALLS.contains(action.verb())) {
            action.operands().stream().filter(p -> !pinned(p, run)).forEach(unpinned::add);
        } else if (action.verb().equals("module install")) {
            action.operands().stream().filter(m -> !m.contains(":") && !ShellArgs.isVariable(m)).forEach(unpinned::add);
        }
        return unpinned;
    }

    /**
     * {@code name-version} or {@code name-version-release} (the version starts with a digit, an epoch may lead it:
     * {@code openssl-1:1.1.1k}); files, URLs and {@code @group}s need none; {@code git-core-${version}} counts when
     * the variable is an ARG or ENV in scope.
     */
    static boolean pinned(String word, ShellRun run) {
        if (word.contains("/") || word.endsWith(".rpm") || word.startsWith("@") || ShellArgs.isVariable(word)) {
            return true;
        }
        int dash = word.lastIndexOf('-');
        if (dash < 0 || dash == word.length() - 1) {
            return false;
        }
        String version = word.substring(dash + 1);
        if (version.startsWith("$")) {
            List<String> variables = ShellArgs.variables(version);
            return !variables.isEmpty() && variables.stream().allMatch(run::knows);
        }
        return Character.isDigit(version.charAt(0));
    }
}
