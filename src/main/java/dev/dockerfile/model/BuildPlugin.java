package dev.dockerfile.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A plugin of the module's effective build ({@code <build><plugins>}, with what pluginManagement and
 * parents gave it), with its configuration and executions.
 *
 * @param configuration the plugin-level configuration, or {@code null}
 */
public record BuildPlugin(String groupId, String artifactId, String version, ConfigNode configuration,
        List<Execution> executions) {

    public BuildPlugin {
        executions = List.copyOf(executions);
    }

    /**
     * @param phase the phase the execution is bound to, or {@code null} for the goal's default phase
     * @param configuration the execution's own configuration, or {@code null}
     */
    public record Execution(String id, String phase, List<String> goals, ConfigNode configuration) {
        public Execution {
            goals = List.copyOf(goals);
        }
    }

    public String key() {
        return groupId + ":" + artifactId;
    }

    /** The plugin's configuration, then each execution's: where a setting may be. */
    public List<ConfigNode> configurations() {
        List<ConfigNode> all = new ArrayList<>();
        if (configuration != null) {
            all.add(configuration);
        }
        executions.stream().map(Execution::configuration).filter(c -> c != null).forEach(all::add);
        return all;
    }

    /** True when one of the executions runs {@code goal}. */
    public boolean runs(String goal) {
        return executions.stream().anyMatch(e -> e.goals().contains(goal));
    }
}
