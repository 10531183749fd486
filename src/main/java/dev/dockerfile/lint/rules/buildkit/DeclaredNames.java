package dev.dockerfile.lint.rules.buildkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names ARG and ENV declared in a stage and in the stages it is built FROM. Layered on the parent
 * stage's names rather than a copy of them: a chain of stages that each declare an ARG needed memory
 * quadratic in the file (a 1 MB chain ran out of a 1 GB heap). A parent is complete before its children
 * are read, so what a name inherits is looked up once and kept.
 */
final class DeclaredNames {
    private final DeclaredNames parent;
    private final Set<String> own = new HashSet<>();
    private final Map<String, Boolean> inherited = new HashMap<>();

    /** @param parent the names of the stage this one is built FROM, or {@code null} */
    DeclaredNames(DeclaredNames parent) {
        this.parent = parent;
    }

    void add(String name) {
        own.add(name);
    }

    boolean contains(String name) {
        return own.contains(name) || inherits(name);
    }

    /** Every name, for suggestions. */
    Set<String> all() {
        Set<String> all = new HashSet<>();
        for (DeclaredNames names = this; names != null; names = names.parent) {
            all.addAll(names.own);
        }
        return all;
    }

    /** Iterative: chains of stages can be long. */
    private boolean inherits(String name) {
        List<DeclaredNames> asked = new ArrayList<>();
        DeclaredNames names = this;
        boolean found = false;
        while (names.parent != null) {
            Boolean known = names.inherited.get(name);
            if (known != null) {
                found = known;
                break;
            }
            asked.add(names);
            names = names.parent;
            if (names.own.contains(name)) {
                found = true;
                break;
            }
        }
        for (DeclaredNames on : asked) {
            on.inherited.put(name, found);
        }
        return found;
    }
}
