package dev.dockerfile.lint.analysis;

import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The ARGs before the first FROM, evaluated once per file at their defaults, as a build without
 * {@code --build-arg} sees them: what FROM lines expand with. Every rule that resolves a base image
 * reads this one evaluation.
 *
 * @param declared the names declared globally, in order
 * @param values name to value at the defaults, BuildKit's platform arguments included; a name mapped
 *     to {@code null} is declared without a default (it expands to nothing)
 * @param unknown names whose default could not be evaluated (it uses an operator or name we cannot
 *     resolve): a FROM using one is left alone rather than guessed
 */
public record GlobalArgs(Set<String> declared, Map<String, String> values, Set<String> unknown) {
    private static final Function<Dockerfile, GlobalArgs> VIEW = GlobalArgs::evaluate;

    public static GlobalArgs of(Dockerfile dockerfile) {
        return dockerfile.view(VIEW);
    }

    /** {@code text} expanded with the global ARGs, or {@code null} when a reference cannot be resolved. */
    public String expand(String text, char escape) {
        for (Variables.Ref ref : Variables.references(text, escape)) {
            if (unknown.contains(ref.name())) {
                return null;
            }
        }
        return Variables.expand(text, escape, values);
    }

    /**
     * {@link #expand} for rules that judge the resulting reference: {@code null} also when a reference
     * names an ARG without a default and gives no fallback, since only the build's arguments decide it.
     */
    public String resolve(String text, char escape) {
        for (Variables.Ref ref : Variables.references(text, escape)) {
            if (!ref.hasDefault() && values.get(ref.name()) == null) {
                return null;
            }
        }
        return expand(text, escape);
    }

    private static GlobalArgs evaluate(Dockerfile dockerfile) {
        char escape = dockerfile.escape();
        Set<String> declared = new LinkedHashSet<>();
        Map<String, String> values = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Instruction instruction : dockerfile.globalInstructions()) {
            if (!instruction.is("ARG")) {
                continue;
            }
            for (KeyValue pair : instruction.pairs()) {
                declared.add(pair.key());
                String value = pair.value() == null ? Variables.PLATFORM_DEFAULTS.get(pair.key())
                        : Variables.expand(pair.value(), escape, values);
                if (value == null && pair.value() != null) {
                    unknown.add(pair.key());
                    values.remove(pair.key());
                } else {
                    unknown.remove(pair.key());
                    values.put(pair.key(), value);
                }
            }
        }
        Variables.PLATFORM_DEFAULTS.forEach((name, value) -> {
            if (!unknown.contains(name) && values.get(name) == null) {
                values.put(name, value);
            }
        });
        return new GlobalArgs(Collections.unmodifiableSet(declared), Collections.unmodifiableMap(values),
                Collections.unmodifiableSet(unknown));
    }
}
