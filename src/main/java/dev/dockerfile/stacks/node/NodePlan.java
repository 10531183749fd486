package dev.dockerfile.stacks.node;

import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Doc;
import dev.dockerfile.plan.StackDetails;
import java.util.List;

/** The Node.js stack's part of a plan ({@code node} in the templates). */
@StackDetails.Variable("node")
public record NodePlan(
        @Doc("the builder's working directory") String builderDirectory,
        @Doc("the COPY of `package.json` and the lock file, before any source") Copy manifests,
        @Doc("the builder's build arguments that name a private registry (`NPM_CONFIG_REGISTRY`); never in the final stage")
                List<String> registryArgs,
        @Doc("the command (after `RUN`) that installs the dependencies from the lock file") String install,
        @Doc("with a build script: the COPY instructions of what the build reads") List<Copy> sources,
        @Doc("the build command (after `RUN`) when `scripts.build` exists; test with `node.build??`") String build,
        @Doc("where the builder keeps the production `node_modules`") String modules,
        @Doc("the final stage's COPY instructions of the application's own files") List<Copy> application)
        implements StackDetails {

    public NodePlan {
        registryArgs = List.copyOf(registryArgs);
        sources = List.copyOf(sources);
        application = List.copyOf(application);
    }
}
