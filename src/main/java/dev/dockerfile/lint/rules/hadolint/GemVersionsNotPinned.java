package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** DL3028: {@code gem install <gem>} without {@code <gem>:<version>} or {@code -v}. */
final class GemVersionsNotPinned extends Rule {
    /** gem install options that take no value; any other long option written without {@code =} takes the next word. */
    private static final Set<String> BOOLEAN_OPTIONS = Set.of("--no-document", "--no-ri", "--no-rdoc", "-N",
            "--user-install", "--no-user-install", "--conservative", "--minimal-deps", "--force", "-f", "--local", "-l",
            "--remote", "-r", "--both", "-b", "--prerelease", "--no-prerelease", "--development", "--development-all",
            "--ignore-dependencies", "--quiet", "-q", "--verbose", "-V", "--silent", "--wrappers", "--no-wrappers",
            "--env-shebang", "-E", "--no-env-shebang", "--clear-sources", "--post-install-message",
            "--no-post-install-message", "--default", "--explain", "--lock", "--no-lock", "--suggestions",
            "--no-suggestions", "--vendor", "--format-executable", "--no-format-executable", "--update-sources",
            "--no-update-sources", "--backtrace", "--debug", "--norc", "-u", "-w");

    GemVersionsNotPinned() {
        super("DL3028", Severity.WARNING, "Pin versions in gem install",
                "an unpinned gem installs the newest release on the day of the build, so two builds of one Dockerfile"
                        + " differ and a new release can break the image unnoticed",
                "Pin each gem: `gem install bundler:2.5.6` (or `gem install bundler -v 2.5.6`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            for (Command command : run.commands("gem")) {
                List<String> args = command.args();
                if (args.isEmpty() || !(args.get(0).equals("install") || args.get(0).equals("i"))
                        || ShellArgs.hasOption(command, "insP", "-v", "--version")) {
                    continue;
                }
                for (String gem : gems(args.subList(1, args.size()))) {
                    if (!gem.contains(":") && !ShellArgs.isVariable(gem) && !gem.endsWith(".gem")) {
                        unpinned.add(gem);
                    }
                }
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "gem install without a version for " + ShellArgs.list(unpinned) + ". "
                        + fix());
            }
        }
    }

    /** The gem names: operands before {@code --} that are not the value of an option. */
    private static List<String> gems(List<String> args) {
        List<String> gems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("-")) {
                boolean takesValue = !arg.contains("=") && !BOOLEAN_OPTIONS.contains(arg)
                        && (arg.startsWith("--") || arg.length() == 2);
                if (takesValue) {
                    i++;
                }
                continue;
            }
            gems.add(arg);
        }
        return gems;
    }
}
