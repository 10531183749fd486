package dev.dockerfile.stacks;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Detection;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides which stack a module is: the configured one, else the first stack (in {@link Stack}'s
 * order) whose planner recognises the module. Aggregators and libraries are not services.
 */
public final class StackDetector {
    private StackDetector() {
    }

    /**
     * The stack chosen for a module and why, or why the module is not a service at all.
     *
     * @param stack the stack, or {@code null} when the module is skipped
     * @param reason one sentence for the build log
     */
    public record Result(Stack stack, String reason) {
        public boolean isService() {
            return stack != null;
        }
    }

    public static Result detect(ProjectInfo project, ValidSettings settings) throws ConfigurationException {
        if (settings.stack() != null) {
            Stack stack = Stack.fromId(settings.stack()).orElseThrow(() -> new ConfigurationException(Parameter.STACK,
                    "is '" + settings.stack() + "', which is not a known stack. Use one of: " + Stack.allIds()
                            + ", or remove it to detect the stack."));
            return new Result(stack, "stack " + stack.id() + ": set by " + Parameter.STACK.display());
        }
        for (Stack stack : Stack.values()) {
            Optional<Detection> detection = stack.planner().detect(project, settings);
            if (detection.isPresent()) {
                return new Result(detection.get().service() ? stack : null, detection.get().reason());
            }
        }
        String packaging = project.packaging() == null ? "jar" : project.packaging();
        if (packaging.equals("pom") && (project.hasModules() || project.reactorModules())) {
            return new Result(null, "packaging pom without the files of any stack: an aggregator or parent, not a"
                    + " service. Set " + Parameter.STACK.display() + " to generate one anyway.");
        }
        throw new ConfigurationException(Parameter.STACK, "is not set and nothing was detected in "
                + project.artifactId() + " (packaging " + packaging + "): "
                + Arrays.stream(Stack.values()).map(s -> s.planner().looksFor()).collect(Collectors.joining(", "))
                + ". Set <stack> to one of: " + Stack.allIds() + ".");
    }
}
