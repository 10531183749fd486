package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.analysis.GlobalArgs;
import dev.dockerfile.lint.analysis.Variables;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Flag;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * UndefinedVar: a {@code $VAR} in an instruction the builder expands (ENV, ARG, LABEL, WORKDIR, USER,
 * EXPOSE, VOLUME, STOPSIGNAL, COPY, ADD) that no ARG or ENV of the stage, or of the earlier stage it
 * builds FROM, declared. RUN, CMD and ENTRYPOINT are left to the shell. The linter cannot read the
 * base image's environment, so for stages on an external image it accepts the variables images
 * commonly set ({@code JAVA_HOME}, {@code LANG}, {@code *_VERSION}, {@code *_HOME}, ...).
 */
final class UndefinedVariable extends Rule {
    private static final Set<String> ALWAYS_KNOWN = Set.of("PATH", "HOME");
    private static final Set<String> IMAGE_VARIABLES = Set.of("HOSTNAME", "LANG", "LANGUAGE", "LC_ALL", "TZ", "TERM",
            "USER", "SHELL", "JAVA_HOME", "GOPATH", "GOROOT", "GOTOOLCHAIN", "CARGO_HOME", "RUSTUP_HOME", "GEM_HOME",
            "BUNDLE_PATH", "BUNDLE_APP_CONFIG", "PHP_INI_DIR", "GPG_KEY", "GPG_KEYS", "APP_ROOT", "NODE_ENV",
            "PYTHONPATH", "LD_LIBRARY_PATH", "MAVEN_CONFIG", "CATALINA_HOME", "JAVA_OPTS", "JAVA_TOOL_OPTIONS",
            "DEBIAN_FRONTEND", "VIRTUAL_ENV", "CONDA_DIR", "NVM_DIR");
    private static final Pattern IMAGE_VARIABLE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_(VERSION|HOME|DIR|ROOT|PATH)");
    /**
     * "Did you mean" compares the name with every variable in scope; a generated file with a hundred
     * thousand undefined names and as many variables would take hours, so only the first ones get it.
     */
    private static final int MAX_SUGGESTIONS = 100;
    private static final Set<String> EXPANDED =
            Set.of("ENV", "ARG", "LABEL", "WORKDIR", "USER", "EXPOSE", "VOLUME", "STOPSIGNAL", "COPY", "ADD");

    UndefinedVariable() {
        super("UndefinedVar", Severity.WARNING, "Variables should be defined before their use",
                "an undeclared variable expands to the empty string without an error, so a typo or a missing ARG"
                        + " silently produces a wrong path, user or label",
                "Declare the variable with `ARG name` or `ENV name=value` in the stage before using it (a global ARG"
                        + " must be declared again inside the stage), or fix its spelling.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        Set<String> globalArgs = GlobalArgs.of(dockerfile).declared();
        DeclaredNames[] declaredAtEnd = new DeclaredNames[stages.size()];
        Stage[] roots = new Stage[stages.size()];
        int[] suggestionsLeft = {MAX_SUGGESTIONS};
        for (Stage stage : stages) {
            Stage parent = dockerfile.parent(stage);
            DeclaredNames declared = new DeclaredNames(parent == null ? null : declaredAtEnd[parent.index()]);
            roots[stage.index()] = parent == null ? stage : roots[parent.index()];
            boolean externalBase = !roots[stage.index()].image().equalsIgnoreCase("scratch");
            for (Instruction instruction : stage.instructions()) {
                if (!EXPANDED.contains(instruction.keyword())) {
                    continue;
                }
                Set<String> undefined = new LinkedHashSet<>();
                if (instruction.is("ARG")) {
                    for (KeyValue pair : instruction.pairs()) {
                        collect(pair.rawValue(), dockerfile.escape(), declared, externalBase, undefined);
                        declared.add(pair.key());
                    }
                } else if (instruction.is("ENV")) {
                    for (KeyValue pair : instruction.pairs()) {
                        collect(pair.rawValue(), dockerfile.escape(), declared, externalBase, undefined);
                    }
                    instruction.pairs().forEach(p -> declared.add(p.key()));
                } else {
                    collect(instruction.arguments(), dockerfile.escape(), declared, externalBase, undefined);
                    for (Flag flag : instruction.flags()) {
                        if (flag.name().equals("chown") || flag.name().equals("chmod")) {
                            collect(flag.value(), dockerfile.escape(), declared, externalBase, undefined);
                        }
                    }
                }
                for (String name : undefined) {
                    findings.add(this, instruction.startLine(), message(name, declared, globalArgs, suggestionsLeft));
                }
            }
            declaredAtEnd[stage.index()] = declared;
        }
    }

    private static void collect(String text, char escape, DeclaredNames declared, boolean externalBase,
            Set<String> undefined) {
        if (text == null || text.indexOf('$') < 0) {
            return;
        }
        for (Variables.Ref ref : Variables.references(text, escape)) {
            if (ref.hasDefault() || ref.modifier() != null && ref.modifier().contains("+")) {
                continue;
            }
            String name = ref.name();
            boolean known = declared.contains(name) || ALWAYS_KNOWN.contains(name)
                    || Variables.PREDEFINED_ARGS.contains(name)
                    || externalBase && (IMAGE_VARIABLES.contains(name) || IMAGE_VARIABLE.matcher(name).matches());
            if (!known) {
                undefined.add(name);
            }
        }
    }

    private static String message(String name, DeclaredNames declared, Set<String> globalArgs,
            int[] suggestionsLeft) {
        if (globalArgs.contains(name)) {
            return "Usage of undefined variable '$" + name + "': the global ARG " + name + " is only visible in FROM"
                    + " lines; add `ARG " + name + "` inside this stage before using it.";
        }
        String suggestion = null;
        if (suggestionsLeft[0] > 0) {
            suggestionsLeft[0]--;
            Set<String> candidates = new TreeSet<>(declared.all());
            candidates.addAll(ALWAYS_KNOWN);
            candidates.addAll(Variables.PREDEFINED_ARGS);
            suggestion = Variables.suggest(name, candidates);
        }
        if (suggestion != null) {
            return "Usage of undefined variable '$" + name + "' (did you mean $" + suggestion + "?): fix the spelling"
                    + " or declare it with `ARG " + name + "` in this stage.";
        }
        return "Usage of undefined variable '$" + name + "': it expands to an empty string; declare it with `ARG "
                + name + "` or `ENV " + name + "=...` in this stage before using it.";
    }
}
