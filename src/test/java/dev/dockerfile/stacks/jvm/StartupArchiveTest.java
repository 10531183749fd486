package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartupArchiveTest {
    @Test
    void java25TrainsAnAotCacheAndEarlierReleasesACdsArchive() {
        StartupArchive aot = StartupArchive.forRelease("25");
        assertEquals("-XX:AOTCacheOutput=/app/app.aot", aot.trainingOption());
        assertEquals("-XX:AOTCache=/app/app.aot", aot.runOption());
        assertEquals("cds: a training run in the final stage writes the AOT cache /app/app.aot; the JVM starts with it",
                aot.note());
        for (String release : new String[] {"17", "21", "24", "1.8", "unknown"}) {
            StartupArchive cds = StartupArchive.forRelease(release);
            assertEquals("-XX:ArchiveClassesAtExit=/app/app.jsa", cds.trainingOption(), release);
            assertEquals("-XX:SharedArchiveFile=/app/app.jsa", cds.runOption(), release);
        }
        assertEquals("-XX:AOTCache=/app/app.aot", StartupArchive.forRelease("26").runOption());
    }
}
