package dev.dockerfile.stacks.springboot;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a Spring Boot fat jar is split into layers, which changed twice: Boot 3.2 moved the launcher
 * class, and Boot 3.3 replaced {@code -Djarmode=layertools} with {@code -Djarmode=tools} (Boot 4.1
 * removed the old one).
 */
record SpringBootLayout(String toolsMode, String launcher) {
    /** Boot's layers, least often changed first (its {@code layers.idx}). */
    static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    private static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
    private static final String LEGACY_LAUNCHER = "org.springframework.boot.loader.JarLauncher";

    static SpringBootLayout forVersion(String version) {
        Matcher m = Pattern.compile("^(\\d+)\\.(\\d+)").matcher(version == null ? "" : version);
        int major = m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
        int minor = major == Integer.MAX_VALUE ? 0 : Integer.parseInt(m.group(2));
        if (major > 3 || major == 3 && minor >= 3) {
            return new SpringBootLayout("tools", LAUNCHER);
        }
        if (major < 2 || major == 2 && minor < 4) {
            // layertools came with 2.3, behind an opt-in; before it, -Djarmode is ignored and the jar just runs.
            return new SpringBootLayout("none", LEGACY_LAUNCHER);
        }
        return new SpringBootLayout("layertools", major == 3 && minor == 2 ? LAUNCHER : LEGACY_LAUNCHER);
    }

    /** False before Boot 2.4: the fat jar cannot be split into layers, so it runs whole. */
    boolean splits() {
        return !toolsMode.equals("none");
    }

    /**
     * @param launcher true for the exploded layout started by the launcher class; false for the
     *     CDS-friendly layout of a thin {@code app.jar} with its {@code lib/} (tools mode only)
     */
    String extractCommand(boolean launcher, String destination) {
        if (toolsMode.equals("layertools")) {
            return "java -Djarmode=layertools -jar app.jar extract --destination " + destination;
        }
        return "java -Djarmode=tools -jar app.jar extract --layers" + (launcher ? " --launcher" : "")
                + " --destination " + destination;
    }

    /** Class Data Sharing needs classes on the plain class path, which only tools mode's thin-jar layout gives. */
    boolean supportsCds() {
        return toolsMode.equals("tools");
    }
}
