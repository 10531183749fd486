package dev.dockerfile.lint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class VariablesTest {
    private static final Map<String, String> VALUES = new HashMap<>();

    static {
        VALUES.put("SET", "v");
        VALUES.put("EMPTY", "");
        VALUES.put("UNSET", null);
    }

    private static String expand(String text) {
        return Variables.expand(text, '\\', VALUES);
    }

    /** {@code ${a0:-${a1:-...leaf}}}, {@code depth} levels, none of them declared. */
    public static String nested(int depth, String leaf) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("${a").append(i).append(":-");
        }
        text.append(leaf);
        text.append("}".repeat(depth));
        return text.toString();
    }

    @Test
    void operatorsAsTheDockerfileWordExpansionReadsThem() {
        assertEquals("v/v/v", expand("$SET/${SET}/${SET:-d}"));
        assertEquals("d|d|", expand("${UNSET:-d}|${EMPTY:-d}|${EMPTY-d}"));
        assertEquals("w||w", expand("${SET:+w}|${EMPTY:+w}|${EMPTY+w}"));
        assertEquals("'$SET' \\$SET \"v\"", expand("'$SET' \\$SET \"$SET\""));
        assertNull(expand("$NOPE"));
        assertNull(expand("${UNSET:?required}"));
        assertNull(expand("${SET%suffix}"), "an operator the evaluator does not know");
    }

    @Test
    void aWordThatCannotBeEvaluatedMattersOnlyWhenItIsUsed() {
        assertEquals("v", expand("${SET:-${NOPE}}"));
        assertNull(expand("${UNSET:-${NOPE}}"));
        assertEquals("in-v-x", expand("${UNSET:-in-${EMPTY:-${SET}}-x}"));
    }

    @Test
    void nestedDefaultsAreEvaluatedAtAnyDepthInLinearTime() {
        // BuildKit builds such a file 2,000 deep; one Java frame per level overflowed the stack at 1,500.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("alpine:3.20", expand(nested(2_000, "alpine:3.20")));
            assertEquals("alpine:3.20", expand(nested(100_000, "alpine:3.20")));
            assertNull(expand(nested(100_000, "$NOPE")));
            assertEquals(List.of("a0"), Variables.references(nested(100_000, "x"), '\\').stream()
                    .map(Variables.Ref::name).toList());
        });
    }

    @Test
    void aResultTooLongToBeAnImageIsNotEvaluated() {
        Map<String, String> values = new HashMap<>();
        values.put("A", "x".repeat(1_024));
        String exactlyTheLimit = "$A".repeat(1_024);
        assertEquals(Expansion.MAX_LENGTH, Variables.expand(exactlyTheLimit, '\\', values).length());
        assertTrue(Variables.expand(exactlyTheLimit + "$A", '\\', values) == null, "over the limit");
    }
}
