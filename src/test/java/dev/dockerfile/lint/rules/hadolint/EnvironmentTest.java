package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void aPositionSeesWhatWasSetBeforeItHereAndInTheStagesAbove() {
        Environment base = new Environment(null);
        base.put("A", "1");
        Environment.At early = base.now();
        base.put("A", "2");
        base.put("B", null);
        Environment child = new Environment(base.now());
        base.put("C", "set after the child was built from it");
        Environment.At inChild = child.now();
        child.put("A", "3");

        assertEquals("1", early.get("A"));
        assertNull(early.get("B"));
        assertEquals("2", inChild.get("A"), "the child's own A comes later");
        assertEquals("3", child.now().get("A"));
        assertEquals("", inChild.get("B"), "ENV B= is set, to nothing");
        assertNull(inChild.get("C"));
        assertNull(inChild.get("NOPE"));
    }

    @Test
    void aChainOfAHundredThousandStagesIsWalkedOncePerName() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> walkChain());
    }

    private static void walkChain() {
        Environment root = new Environment(null);
        root.put("PIP_NO_CACHE_DIR", "1");
        Environment.At at = root.now();
        for (int i = 0; i < 100_000; i++) {
            Environment stage = new Environment(at);
            stage.put("V" + i, "x");
            at = stage.now();
            assertEquals("1", at.get("PIP_NO_CACHE_DIR"));
        }
        assertNull(at.get("NOPE"));
    }
}
