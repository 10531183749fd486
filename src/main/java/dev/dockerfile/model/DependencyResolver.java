package dev.dockerfile.model;

import dev.dockerfile.config.ConfigurationException;
import java.util.List;

/**
 * Supplies the module's resolved runtime dependencies. Called only when they are needed (artifact
 * mode of the java stack), so other builds never pay for or fail on dependency resolution.
 */
@FunctionalInterface
public interface DependencyResolver {
    List<RuntimeDependency> runtimeDependencies() throws ConfigurationException;
}
