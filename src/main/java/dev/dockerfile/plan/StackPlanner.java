package dev.dockerfile.plan;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import java.util.Optional;

/**
 * One stack's knowledge: how to recognise its modules and how to build and run them. Everything a
 * stack needs lives behind this interface, so a new stack is one planner and one template.
 */
public interface StackPlanner {
    /**
     * Whether this stack recognises the module, from its own files and POM. Asked in the order of
     * {@code Stack}'s values; the first answer wins.
     *
     * @return empty when the module is not of this stack
     */
    Optional<Detection> detect(ProjectInfo project, ValidSettings settings);

    /** What the build log says was missing when no stack recognised a module: {@code no package.json}. */
    String looksFor();

    /** The record the stack's template receives as its own part of the plan. */
    Class<? extends StackDetails> detailsType();

    /** The stack's decisions for a module that was detected as (or configured to be) of this stack. */
    StackPlan plan(PlanContext context) throws ConfigurationException;
}
