package dev.dockerfile.lint.rules.hadolint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Variables as they stand at each instruction: the ENV values of a stage (and of the stage it is built
 * FROM), or the ARG names declared so far. Each assignment is recorded once with its position, and a RUN
 * keeps a position ({@link At}) rather than a copy of every variable: a file that alternates ENV and RUN
 * needed memory quadratic in its length (5 MB ran out of a 1 GB heap).
 */
final class Environment {
    /** The variables at one point of the file. */
    record At(Environment environment, int position) {
        /** The value {@code name} has here, or {@code null} when it is not set. */
        String get(String name) {
            return environment.get(name, position);
        }
    }

    private record Entry(int position, String value) {
    }

    private final At parent;
    private final Map<String, List<Entry>> entries = new HashMap<>();
    /** What a name inherits from the stages above, once asked: a chain of stages is walked once per name. */
    private final Map<String, String> inherited = new HashMap<>();
    private int position;

    /** @param parent where the stage this one is built FROM ended, or {@code null} */
    Environment(At parent) {
        this.parent = parent;
    }

    void put(String name, String value) {
        entries.computeIfAbsent(name, n -> new ArrayList<>()).add(new Entry(position++, value == null ? "" : value));
    }

    At now() {
        return new At(this, position);
    }

    private String get(String name, int before) {
        String own = latest(name, before);
        return own != null ? own : inherited(name);
    }

    /** The value {@code name} has where the parent stage ended; iterative, as chains of stages can be long. */
    private String inherited(String name) {
        List<Environment> asked = new ArrayList<>();
        Environment environment = this;
        String value = null;
        while (environment.parent != null) {
            if (environment.inherited.containsKey(name)) {
                value = environment.inherited.get(name);
                break;
            }
            asked.add(environment);
            Environment above = environment.parent.environment();
            value = above.latest(name, environment.parent.position());
            if (value != null) {
                break;
            }
            environment = above;
        }
        // Everything asked on the way inherits the same value: none of their parents set it.
        for (Environment on : asked) {
            on.inherited.put(name, value);
        }
        return value;
    }

    /** The last value given to {@code name} before position {@code limit} in this environment itself. */
    private String latest(String name, int limit) {
        List<Entry> list = entries.get(name);
        if (list == null) {
            return null;
        }
        int low = 0;
        int high = list.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (list.get(middle).position() < limit) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? null : list.get(found).value();
    }
}
