package dev.dockerfile.stacks.jvm;

import dev.dockerfile.render.ShellSyntax;
import java.util.List;

/** The two steps of a linked runtime: jdeps lists the modules in the builder, jlink links them in a stage of its own. */
public final class Jlinker {
    /** Where the jlink stage writes the runtime, and where the final stage puts it. */
    static final String OUTPUT = "/opt/java-runtime";
    static final String JAVA_HOME = "/opt/java/runtime";
    static final String MODULES = "/jlink/modules";

    private Jlinker() {
    }

    /**
     * @param inputs the shell words that expand to what jdeps reads (jars, class directories)
     * @param cds link the runtime with its base CDS archive, which a dynamic archive needs
     */
    public static JvmPlan.Jlink plan(String release, String inputs, boolean cds) {
        String modules = ShellSyntax.chain(List.of("mkdir -p /jlink",
                "if ! jdeps --ignore-missing-deps -q --multi-release " + release + " --print-module-deps " + inputs
                        + " > " + MODULES + " 2>/tmp/jdeps.log; then \\\n"
                        + "      echo \"jlink: jdeps could not list the modules ($(head -n 1 /tmp/jdeps.log)); linking java.se instead\" >&2; \\\n"
                        + "      echo java.se > " + MODULES + "; \\\n"
                        + "    fi",
                "if [ ! -s " + MODULES + " ]; then echo java.base > " + MODULES + "; fi"));
        String link = "jlink --add-modules \"$(cat " + MODULES + "),jdk.crypto.ec\" --strip-debug --no-man-pages"
                + " --no-header-files \\\n      --compress=2 " + (cds ? "--generate-cds-archive " : "") + "--output " + OUTPUT;
        return new JvmPlan.Jlink(MODULES, modules, link, OUTPUT, JAVA_HOME);
    }
}
