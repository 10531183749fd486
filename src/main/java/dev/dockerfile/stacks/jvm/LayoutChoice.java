package dev.dockerfile.stacks.jvm;

import dev.dockerfile.config.AppLayout;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.plan.PlanContext;

/** Whether a JVM service runs exploded (its classes directory) or from its jar, with the log line that says why. */
public final class LayoutChoice {
    private LayoutChoice() {
    }

    /** The layout's name in the plan ({@code java.layout}): {@code exploded} or {@code jar}. */
    public static String id(boolean exploded) {
        return (exploded ? AppLayout.EXPLODED : AppLayout.JAR).id();
    }

    /**
     * @param blocker why this service cannot run exploded ("cds archives only classes loaded from
     *     jars"), or {@code null} when it can
     * @return true for the exploded layout
     */
    public static boolean exploded(PlanContext context, String blocker) throws ConfigurationException {
        AppLayout requested = context.settings().layout();
        if (requested == AppLayout.JAR) {
            context.note("layout jar (set by " + Parameter.LAYOUT.display() + "): the image runs the jar Maven packages");
            return false;
        }
        if (blocker != null) {
            if (requested == AppLayout.EXPLODED) {
                throw new ConfigurationException(Parameter.LAYOUT, "is exploded, but " + blocker
                        + ". Use <layout>jar</layout> or leave it to auto.");
            }
            context.note("layout jar: " + blocker);
            return false;
        }
        context.note("layout exploded: the image runs " + context.context().buildDirectory() + "/classes with the"
                + " dependency jars, so a rebuild compiles and copies the classes and nothing else"
                + " (<layout>jar</layout> runs the packaged jar)");
        return true;
    }
}
