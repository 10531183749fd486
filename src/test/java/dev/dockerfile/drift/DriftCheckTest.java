package dev.dockerfile.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckTest {
    @TempDir
    Path root;

    @Test
    void sameFilesPassChangedOnesGetADiffMissingOnesAreNamedAndNothingIsWritten() throws Exception {
        Files.createDirectories(root.resolve("svc"));
        Path same = Files.writeString(root.resolve("svc/Dockerfile.dockerignore"), "*\n");
        Path changed = Files.writeString(root.resolve("svc/Dockerfile"), "FROM a\nEXPOSE 3000\n");
        FileTime before = Files.getLastModifiedTime(changed);
        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(changed, "FROM a\nEXPOSE 8080\n");
        expected.put(same, "*\n");
        expected.put(root.resolve("compose.yaml"), "services:\n");

        List<Drift> drifts = DriftCheck.compare(expected, root);

        assertEquals(2, drifts.size());
        assertEquals(new Drift(changed, false, "--- a/svc/Dockerfile\n+++ b/svc/Dockerfile\n@@ -1,2 +1,2 @@\n FROM a\n"
                + "-EXPOSE 3000\n+EXPOSE 8080\n"), drifts.get(0));
        assertEquals(new Drift(root.resolve("compose.yaml"), true, ""), drifts.get(1));
        assertEquals("FROM a\nEXPOSE 3000\n", Files.readString(changed));
        assertEquals(before, Files.getLastModifiedTime(changed));
        assertTrue(Files.notExists(root.resolve("compose.yaml")));
    }

    @Test
    void namesAreRelativeToTheRootWhenInside() {
        assertEquals("a/b", DriftCheck.name(root, root.resolve("a/b")));
        assertEquals(root.getParent().resolve("x").toString(), DriftCheck.name(root, root.resolve("../x")));
    }
}
