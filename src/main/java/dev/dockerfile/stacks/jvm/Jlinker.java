package dev.dockerfile.stacks.jvm;

import dev.dockerfile.plan.FixedTimes;
import dev.dockerfile.render.ShellSyntax;
import java.util.ArrayList;
import java.util.List;

/** The two steps of a linked runtime: jdeps lists the modules in the builder, jlink links them in a stage of its own. */
public final class Jlinker {
    /** Where the final stage puts the runtime. */
    static final String JAVA_HOME = "/opt/java/runtime";
    /**
     * Where the jlink stage writes it: at {@link #JAVA_HOME} under a root of fixed times, which the
     * final stage copies to {@code /}, so that the same modules give the same layer.
     */
    static final String ROOT = "/rootfs";
    static final String OUTPUT = ROOT + JAVA_HOME;
    static final String MODULES = "/jlink/modules";
    /**
     * Modules frameworks use at run time where jdeps cannot see it: TLS with elliptic curves,
     * Micrometer's GC notifications (com.sun.management), Unsafe (Netty and friends), the zip file
     * system. They cost a few hundred kilobytes.
     */
    static final List<String> ALWAYS = List.of("jdk.crypto.ec", "jdk.management", "jdk.unsupported", "jdk.zipfs");

    private Jlinker() {
    }

    /** The log line of a linked runtime. */
    public static String note(String runtimeImage) {
        return "jlink: the builder links a runtime of the modules jdeps finds onto " + runtimeImage
                + " (falls back to java.se, with the reason in the build log, when jdeps cannot tell)";
    }

    /**
     * @param libraries a directory whose jars are the class path jdeps resolves against
     * @param roots the shell words of what the application itself is (a jar, a class directory)
     * @param cds link the runtime with its base CDS archive, which a dynamic archive needs
     * @param jvmOptions an agent ({@code -javaagent}) needs java.instrument
     */
    public static JvmPlan.Jlink plan(String release, String libraries, String roots, boolean cds, List<String> jvmOptions) {
        return plan(jdeps(release, libraries) + roots, cds, jvmOptions);
    }

    /**
     * {@link #plan} for an application whose jars only {@code find} can name (Quarkus' generated ones):
     * {@code find -exec ... +} hands them to jdeps as separate words without an unquoted
     * {@code $(find)}, whose word splitting ShellCheck rightly warns about (SC2046).
     *
     * @param rootsFound the arguments of {@code find} that print the application's jars
     */
    public static JvmPlan.Jlink planFound(String release, String libraries, String rootsFound, boolean cds,
            List<String> jvmOptions) {
        return plan("find " + rootsFound + " -exec " + jdeps(release, libraries) + "{} +", cds, jvmOptions);
    }

    /** jdeps up to its roots, which follow. */
    private static String jdeps(String release, String libraries) {
        // Jars on the class path are unnamed modules to jdeps: a modular jar's missing requires
        // (jakarta.transaction needs jakarta.interceptor) no longer stops it.
        return "jdeps --ignore-missing-deps -q --recursive --multi-release " + release + " --print-module-deps \\\n"
                + "        --class-path \"$(find " + libraries + " -name '*.jar' | tr '\\n' ':')\" ";
    }

    private static JvmPlan.Jlink plan(String jdepsWithRoots, boolean cds, List<String> jvmOptions) {
        String modules = ShellSyntax.chain(List.of("mkdir -p /jlink",
                "if ! " + jdepsWithRoots
                        + " > " + MODULES + " 2>/tmp/jdeps.log; then \\\n"
                        + "      echo \"jlink: jdeps could not list the modules ($(head -n 1 /tmp/jdeps.log)); linking java.se instead\" >&2; \\\n"
                        + "      echo java.se > " + MODULES + "; \\\n"
                        + "    fi",
                "if [ ! -s " + MODULES + " ]; then echo java.base > " + MODULES + "; fi"));
        List<String> extra = new ArrayList<>(ALWAYS);
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-javaagent:"))) {
            extra.add("java.instrument");
        }
        String link = ShellSyntax.chain(List.of("mkdir -p " + OUTPUT.substring(0, OUTPUT.lastIndexOf('/')),
                "jlink --add-modules \"$(cat " + MODULES + ")," + String.join(",", extra) + "\" --strip-debug"
                + " --no-man-pages --no-header-files \\\n      --compress=2 " + (cds ? "--generate-cds-archive " : "")
                + "--output " + OUTPUT, FixedTimes.touch(List.of(ROOT))));
        return new JvmPlan.Jlink(MODULES, modules, link, OUTPUT, JAVA_HOME);
    }
}
