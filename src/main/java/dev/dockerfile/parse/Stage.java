package dev.dockerfile.parse;

import java.util.List;
import java.util.Locale;

/**
 * A build stage: its FROM and the instructions up to the next FROM.
 *
 * @param index 0-based position
 * @param name the {@code AS} name as written, or {@code null}
 * @param image the base image reference as written (may contain {@code ${ARG}}s or name an earlier stage)
 */
public record Stage(int index, Instruction from, String image, String name, List<Instruction> instructions) {
    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** Stage names are matched without regard to case, as BuildKit does. */
    public boolean isNamed(String other) {
        return name != null && other != null && name.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }
}
