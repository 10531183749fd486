package dev.dockerfile.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, EditDistance.between("abc", "abc"));
        assertEquals(1, EditDistance.between("abc", "abcd"));
        assertEquals(1, EditDistance.between("abc", "ac"));
        assertEquals(1, EditDistance.between("abc", "abd"));
        assertEquals(1, EditDistance.between("abc", "bac"));
        assertEquals(3, EditDistance.between("", "abc"));
    }

    @Test
    void theNearestCandidateWithinTheLimitIgnoringCase() {
        assertEquals("java.Dockerfile.ftl", EditDistance.closest("Java.Dockerfile.ftl",
                List.of("jvm.ftl", "java.Dockerfile.ftl"), 2));
        assertEquals("COPY", EditDistance.closest("CPOY", List.of("COPY", "CMD"), 2));
        assertNull(EditDistance.closest("zzzz", List.of("COPY"), 2));
        assertNull(EditDistance.closest("COPY", List.of("COPY"), 2), "the word itself is no suggestion");
    }
}
