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

/** DL3062: {@code go install}, {@code go get} or {@code go run} of a module without {@code @version} (or with {@code @latest}). */
final class GoVersionsNotPinned extends Rule {
    /** go build flags that take the next word as their value. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-o", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags",
            "-mod", "-modfile", "-pkgdir", "-exec", "-overlay", "-pgo", "-toolexec", "-buildmode", "-compiler",
            "-gccgoflags", "-installsuffix", "-coverpkg", "-covermode", "-C", "--tags", "--ldflags", "--mod");
    private static final Set<String> FLOATING = Set.of("latest", "upgrade", "patch");

    GoVersionsNotPinned() {
        super("DL3062", Severity.WARNING, "Pin versions in go install",
                "without a version (or with @latest) go resolves the newest release on the day of the build, so two"
                        + " builds of one Dockerfile differ",
                "Pin the module version: `go install example.com/tool@v1.2.3`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (ShellRun run : ShellRuns.posixRuns(dockerfile)) {
            List<String> unpinned = new ArrayList<>();
            String verb = null;
            for (Command command : run.commands("go")) {
                List<String> args = command.args();
                if (args.isEmpty() || !Set.of("install", "get", "run").contains(args.get(0))) {
                    continue;
                }
                List<String> packages = packages(args.subList(1, args.size()), args.get(0).equals("run"));
                List<String> found = packages.stream().filter(p -> !pinned(p)).toList();
                if (!found.isEmpty() && verb == null) {
                    verb = args.get(0);
                }
                unpinned.addAll(found);
            }
            if (!unpinned.isEmpty()) {
                findings.add(this, run.line(), "go " + verb + " without a pinned version for " + ShellArgs.list(unpinned)
                        + ". " + fix());
            }
        }
    }

    /** The package operands; {@code go run} takes one (or .go files), the rest are the program's arguments. */
    private static List<String> packages(List<String> args, boolean run) {
        List<String> packages = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-")) {
                if (VALUE_OPTIONS.contains(arg)) {
                    i++;
                }
                continue;
            }
            packages.add(arg);
            if (run) {
                break;
            }
        }
        return packages;
    }

    private static boolean pinned(String word) {
        if (word.startsWith(".") || word.startsWith("/") || word.endsWith(".go") || ShellArgs.isVariable(word)) {
            return true;
        }
        int at = word.lastIndexOf('@');
        return at >= 0 && at < word.length() - 1 && !FLOATING.contains(word.substring(at + 1));
    }
}
