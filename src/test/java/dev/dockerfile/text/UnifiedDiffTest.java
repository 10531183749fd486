package dev.dockerfile.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.between("a", "x\ny\n", "b", "x\ny\n"));
    }

    @Test
    void oneChangedLineGetsThreeLinesOfContextOnEachSide() {
        String old = lines(1, 10);
        String changed = old.replace("line 5\n", "line five\n");
        assertEquals("""
                --- a/Dockerfile
                +++ b/Dockerfile
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """, UnifiedDiff.between("a/Dockerfile", old, "b/Dockerfile", changed));
    }

    @Test
    void changesFarApartMakeTwoHunksAndNearOnesOne() {
        String old = lines(1, 30);
        String far = old.replace("line 3\n", "three\n").replace("line 25\n", "twenty-five\n");
        String diff = UnifiedDiff.between("a", old, "b", far);
        assertEquals(2, diff.lines().filter(l -> l.startsWith("@@")).count(), diff);
        assertTrue(diff.contains("@@ -1,6 +1,6 @@\n"), diff);
        assertTrue(diff.contains("@@ -22,7 +22,7 @@\n"), diff);

        String near = old.replace("line 3\n", "three\n").replace("line 9\n", "nine\n");
        String one = UnifiedDiff.between("a", old, "b", near);
        assertEquals(1, one.lines().filter(l -> l.startsWith("@@")).count(), one);
        assertTrue(one.contains("@@ -1,12 +1,12 @@\n"), one);
    }

    @Test
    void insertionsAndDeletionsCountTheirSideOnly() {
        String old = "a\nb\nc\n";
        assertEquals("--- x\n+++ y\n@@ -1,3 +1,4 @@\n a\n b\n+new\n c\n", UnifiedDiff.between("x", old, "y", "a\nb\nnew\nc\n"));
        assertEquals("--- x\n+++ y\n@@ -1,3 +1,2 @@\n a\n-b\n c\n", UnifiedDiff.between("x", old, "y", "a\nc\n"));
    }

    @Test
    void fromAnEmptyFileAndToOne() {
        assertEquals("--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.between("x", "", "y", "a\nb\n"));
        assertEquals("--- x\n+++ y\n@@ -1,2 +0,0 @@\n-a\n-b\n", UnifiedDiff.between("x", "a\nb\n", "y", ""));
    }

    @Test
    void aMissingFinalNewlineIsMarkedAsGitDoes() {
        assertEquals("--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n",
                UnifiedDiff.between("x", "a\nb", "y", "a\nb\n"));
    }

    @Test
    void aReplacedLineShowsTheDeletionFirst() {
        assertEquals("--- x\n+++ y\n@@ -1 +1 @@\n-old\n+new\n", UnifiedDiff.between("x", "old\n", "y", "new\n"));
    }

    @Test
    void hugeDifferingFilesStillGetADiffWithoutTheTable() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            a.append("a").append(i).append('\n');
            b.append("b").append(i).append('\n');
        }
        String diff = UnifiedDiff.between("x", a.toString(), "y", b.toString());
        assertTrue(diff.startsWith("--- x\n+++ y\n@@ -1,5000 +1,5000 @@\n-a0\n"), diff.substring(0, 60));
        assertEquals(10_000 + 3, diff.lines().count());
    }
}
