package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DF007: a RUN of the final image (its stage and the earlier stages it builds FROM) leaves a package
 * manager's cache in a layer: pip without {@code --no-cache-dir} (and no {@code PIP_NO_CACHE_DIR}),
 * npm install/ci without a cache clean or a {@code --cache} under /tmp, apt-get install without
 * removing /var/lib/apt/lists (or {@code apt-get dist-clean}), apk add without {@code --no-cache}, yum/dnf install without
 * {@code clean all}, Maven or Gradle (which fill ~/.m2 and ~/.gradle). A RUN with a cache mount passes.
 */
final class PackageCacheInFinalImage extends Rule {
    private static final Pattern INLINE_PIP_NO_CACHE = Pattern.compile("\\bPIP_NO_CACHE_DIR=[\"']?(1|true|yes|on)\\b");
    private static final Set<String> RPM_INSTALLERS = Set.of("yum", "dnf", "microdnf", "tdnf");

    PackageCacheInFinalImage() {
        super("DF007", Severity.WARNING, "Package manager cache left in the final image",
                "downloaded packages and indexes stay in the layer even if a later RUN deletes them, adding tens to"
                        + " hundreds of MB to the image that ships",
                "Clean the cache in the same RUN (`--no-cache-dir`, `rm -rf /var/lib/apt/lists/*`, `apk add"
                        + " --no-cache`, `dnf clean all`), use `RUN --mount=type=cache`, or build in an earlier stage.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        Stage last = StageChain.finalStage(dockerfile);
        if (last == null) {
            return;
        }
        boolean pipNoCache = false;
        for (Stage stage : StageChain.chain(dockerfile, last)) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("ENV") || instruction.is("ARG")) {
                    for (KeyValue pair : instruction.pairs()) {
                        if (pair.key().equals("PIP_NO_CACHE_DIR")) {
                            pipNoCache = isTrue(pair.value());
                        }
                    }
                } else if (instruction.is("RUN") && !hasCacheMount(instruction)) {
                    List<String> problems = problems(dockerfile, instruction, pipNoCache);
                    if (!problems.isEmpty()) {
                        findings.add(this, instruction.startLine(), "This RUN of the final image leaves package caches"
                                + " in the layer: " + String.join("; ", problems) + ".");
                    }
                }
            }
        }
    }

    private static boolean isTrue(String value) {
        return value != null && !value.isBlank()
                && !Set.of("0", "false", "no", "off").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean hasCacheMount(Instruction run) {
        return run.flags().stream().anyMatch(f -> f.name().equals("mount") && f.value() != null
                && f.value().contains("type=cache"));
    }

    private static List<String> problems(Dockerfile dockerfile, Instruction run, boolean pipNoCache) {
        List<Command> commands = RunCommands.commands(dockerfile, run);
        String script = String.join("\n", RunCommands.scripts(run));
        Set<String> problems = new LinkedHashSet<>();
        boolean inlinePipNoCache = INLINE_PIP_NO_CACHE.matcher(script).find();
        boolean pipCleaned = removes(commands, ".cache/pip") || removes(commands, "/root/.cache")
                || commands.stream().anyMatch(c -> RunCommands.isPip(c, "cache"));
        boolean npmCleaned = removes(commands, ".npm")
                || commands.stream().anyMatch(c -> c.is("npm") && c.args().contains("cache")
                        && (c.args().contains("clean") || c.args().contains("rm")));
        boolean aptCleaned = removes(commands, "/var/lib/apt/lists") || commands.stream()
                .anyMatch(c -> (c.is("apt-get") || c.is("apt")) && c.subcommand().equals("dist-clean"));
        boolean apkCleaned = removes(commands, "/var/cache/apk");
        boolean rpmCleaned = removes(commands, "/var/cache/yum") || removes(commands, "/var/cache/dnf")
                || commands.stream().anyMatch(c -> RPM_INSTALLERS.contains(c.name()) && c.subcommand().equals("clean"));
        boolean buildCacheCleaned = removes(commands, ".m2") || removes(commands, ".gradle");
        for (Command command : commands) {
            String name = command.name();
            String sub = command.subcommand();
            if (RunCommands.isPip(command, "install") && !command.hasFlag("--no-cache-dir") && !pipNoCache
                    && !inlinePipNoCache && !pipCleaned) {
                problems.add("`pip install` keeps its cache: add `--no-cache-dir` (or `ENV PIP_NO_CACHE_DIR=1`)");
            } else if (name.equals("npm") && (sub.equals("install") || sub.equals("i") || sub.equals("ci"))
                    && !npmCleaned && !cachesInTmp(command)) {
                problems.add("`npm " + sub + "` keeps ~/.npm: append `&& npm cache clean --force` (or use"
                        + " `--cache /tmp/npm`)");
            } else if ((name.equals("apt-get") || name.equals("apt")) && sub.equals("install") && !aptCleaned) {
                problems.add("`" + name + " install` keeps the package lists: append `&& rm -rf /var/lib/apt/lists/*`");
            } else if (name.equals("apk") && sub.equals("add") && !command.hasFlag("--no-cache") && !apkCleaned) {
                problems.add("`apk add` keeps its index: use `apk add --no-cache`");
            } else if (RPM_INSTALLERS.contains(name) && sub.equals("install") && !rpmCleaned) {
                problems.add("`" + name + " install` keeps its cache: append `&& " + name + " clean all`");
            } else if ((RunCommands.isMaven(command) || RunCommands.isGradle(command)) && !buildCacheCleaned) {
                String home = RunCommands.isMaven(command) ? "~/.m2" : "~/.gradle";
                problems.add("`" + name + "` fills " + home + ": run the build in an earlier stage and copy only its"
                        + " output");
            }
        }
        return new ArrayList<>(problems);
    }

    private static boolean cachesInTmp(Command command) {
        List<String> args = command.args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--cache=/tmp") || arg.equals("--cache") && i + 1 < args.size()
                    && args.get(i + 1).startsWith("/tmp")) {
                return true;
            }
        }
        return false;
    }

    /** True when an {@code rm} of the RUN deletes a path containing {@code fragment}. */
    private static boolean removes(List<Command> commands, String fragment) {
        for (Command command : commands) {
            if (command.is("rm")) {
                for (String arg : command.args()) {
                    if (arg.contains(fragment)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
