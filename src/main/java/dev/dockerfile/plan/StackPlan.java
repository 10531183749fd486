package dev.dockerfile.plan;

import dev.dockerfile.config.BuildMode;
import java.util.List;
import java.util.Map;

/**
 * What a planner decides; {@link PlanAssembler} adds what every stack shares (user, labels, the
 * user's overrides) to make the {@link Plan}.
 *
 * @param buildMode how the image gets the application
 * @param builderImage the default builder image, or {@code null} when no builder stage is needed
 * @param runtimeImage the default runtime image
 * @param start the start command's words; used unless {@code <command>} is set, or always when
 *     {@code startAdaptsCommand}
 * @param startAdaptsCommand {@code start} is the user's {@code <command>} with what the stack needs
 *     around it (Node.js: the signal preload), so it is used as it is
 * @param env environment the stack sets in the final stage (the user's {@code <env>} wins)
 * @param ignore the build context's allow-list
 * @param staging runtime dependencies to stage into the build context, or {@code null}
 * @param details the stack's own part of the plan
 */
public record StackPlan(
        BuildMode buildMode,
        String builderImage,
        String runtimeImage,
        List<String> start,
        Map<String, String> env,
        Plan.IgnoreList ignore,
        Staging staging,
        StackDetails details,
        boolean startAdaptsCommand) {

    public StackPlan {
        start = List.copyOf(start);
        env = Map.copyOf(env);
    }

    /** A plan whose {@code start} gives way to the user's {@code <command>}. */
    public StackPlan(BuildMode buildMode, String builderImage, String runtimeImage, List<String> start,
            Map<String, String> env, Plan.IgnoreList ignore, Staging staging, StackDetails details) {
        this(buildMode, builderImage, runtimeImage, start, env, ignore, staging, details, false);
    }

    /**
     * Where, relative to the module directory (the build context), Maven's resolved runtime
     * dependencies are copied for an image built from artifacts: releases and snapshots apart, as two
     * layers.
     */
    public record Staging(String releases, String snapshots) {
    }
}
