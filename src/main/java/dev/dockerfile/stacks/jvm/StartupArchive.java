package dev.dockerfile.stacks.jvm;

import dev.dockerfile.plan.Plan;

/**
 * What {@code <cds>} writes in a training run and starts the JVM with, by Java release: from JDK 25
 * an AOT cache (JEP 514's one-step {@code -XX:AOTCacheOutput}), which holds the classes loaded and
 * linked and, with JEP 515, method profiles, so it starts sooner than a CDS archive; before 25 a
 * dynamic CDS archive. Both hold only classes loaded from jars, and both must be trained again when
 * the application changes: the JVM checks the class path's jars against the archive and ignores a
 * stale one.
 */
public record StartupArchive(String file, String trainingOption, String runOption, String name) {
    /** The first release with {@code -XX:AOTCacheOutput}. */
    static final int AOT_CACHE_RELEASE = 25;

    public static StartupArchive forRelease(String release) {
        if (featureRelease(release) >= AOT_CACHE_RELEASE) {
            String file = Plan.WORKDIR + "/app.aot";
            return new StartupArchive(file, "-XX:AOTCacheOutput=" + file, "-XX:AOTCache=" + file, "AOT cache");
        }
        String file = JvmLayout.CDS_ARCHIVE;
        return new StartupArchive(file, "-XX:ArchiveClassesAtExit=" + file, "-XX:SharedArchiveFile=" + file, "CDS archive");
    }

    /** The log line of {@code <cds>}. */
    public String note() {
        return "cds: a training run in the final stage writes the " + name + " " + file + "; the JVM starts with it";
    }

    private static int featureRelease(String release) {
        String digits = release.startsWith("1.") ? release.substring(2) : release;
        try {
            return Integer.parseInt(digits.replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
