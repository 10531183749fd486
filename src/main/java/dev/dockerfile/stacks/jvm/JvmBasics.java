package dev.dockerfile.stacks.jvm;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.model.BuildMode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.PlanContext;

/**
 * The decisions every JVM stack makes the same way: the Java release, where the application comes
 * from (source or Maven's artifacts), and the jar Maven builds.
 *
 * @param jar the jar Maven builds, relative to the build context ({@code target/orders-1.0.jar})
 */
public record JvmBasics(String release, BuildMode mode, String jar) {

    public static JvmBasics of(PlanContext context) throws ConfigurationException {
        ProjectInfo project = context.project();
        JavaRelease.Detected release = JavaRelease.resolve(project);
        context.note(release.reason());
        BuildMode mode = effectiveMode(context);
        String jar = context.context().buildDirectory() + "/" + safeFileName(project.finalName()) + ".jar";
        return new JvmBasics(release.release(), mode, jar);
    }

    /** The log line that says how the image gets the application, and why. */
    public void noteMode(PlanContext context) {
        String reason = "";
        if (mode == BuildMode.ARTIFACT) {
            String needs = context.project().reactorDependency();
            reason = needs == null ? " (set by <buildMode>)" : " (" + needs + ", so the image takes what Maven built in "
                    + context.context().buildDirectory() + "/; run mvn package before docker build)";
        }
        context.note("build mode " + mode.id() + reason);
    }

    public boolean fromSource() {
        return mode == BuildMode.SOURCE;
    }

    private static BuildMode effectiveMode(PlanContext context) {
        BuildMode requested = context.settings().buildMode();
        String needs = context.project().reactorDependency();
        if (requested == BuildMode.AUTO) {
            return needs == null ? BuildMode.SOURCE : BuildMode.ARTIFACT;
        }
        if (requested == BuildMode.SOURCE && needs != null) {
            context.note("warning: buildMode source, but " + needs
                    + ": docker build will fail to resolve it unless it is published to a repository");
        }
        return requested;
    }

    /** The jar name ends up in COPY and RUN lines: only plain file-name characters may. */
    private static String safeFileName(String finalName) throws ConfigurationException {
        if (finalName == null || !finalName.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            throw new ConfigurationException(null, "The POM's <build><finalName> '" + finalName + "' has characters"
                    + " that cannot be used in a Dockerfile path. Use letters, digits, '.', '_', '+' and '-'.");
        }
        return finalName;
    }
}
