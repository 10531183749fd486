package dev.dockerfile.stacks.jvm;

import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Doc;
import dev.dockerfile.plan.StackDetails;
import java.util.List;

/**
 * The JVM stacks' part of a plan ({@code java} in the templates): how the builder gets the
 * application, the layers of the final stage, and the optional linked runtime and CDS archive.
 */
@StackDetails.Variable("java")
public record JvmPlan(
        @Doc("the Java feature release, e.g. `17`") String release,
        @Doc("the builder's working directory") String builderDirectory,
        @Doc("how the application's own code is laid out: `exploded` (its classes directory) or `jar`") String layout,
        @Doc("the Maven build inside the builder (source mode); missing in artifact mode") MavenBuild maven,
        @Doc("what the builder copies from the build context (artifact mode)") List<Copy> builderCopies,
        @Doc("the builder's command that splits the jar into layers (artifact mode); missing otherwise") String split,
        @Doc("the final stage's COPY instructions, least often changed first") List<Copy> layers,
        @Doc("how many of `layers`, at the end, hold the application's own code (an edit changes them); the"
                + " templates put the metadata before them, so that a rebuild redoes only these COPY steps")
        int applicationLayers,
        @Doc("the linked runtime when `jlink` is on; test with `java.jlink??`") Jlink jlink,
        @Doc("the Class Data Sharing training command when `cds` is on; test with `java.cdsTraining??`") String cdsTraining)
        implements StackDetails {

    public JvmPlan {
        builderCopies = List.copyOf(builderCopies);
        layers = List.copyOf(layers);
    }

    /**
     * Maven inside the builder: the manifests first and a step that resolves the dependencies from
     * them alone, then the sources and the build.
     */
    public record MavenBuild(
            @Doc("the COPY instructions of the manifests (`pom.xml`)") List<Copy> manifests,
            @Doc("`MAVEN_OPTS` of the builder's Maven runs") String mavenOpts,
            @Doc("the dependency step's command (after `RUN`)") String dependencies,
            @Doc("the COPY instructions of the sources") List<Copy> sources,
            @Doc("the build step's command (after `RUN`)") String build) {
        public MavenBuild {
            manifests = List.copyOf(manifests);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A runtime of only the modules the application uses, linked in a stage of its own.
     */
    public record Jlink(
            @Doc("the file the builder writes the module list to") String modulesFile,
            @Doc("the builder's command that writes the module list (after `RUN`)") String modules,
            @Doc("the jlink stage's command (after `RUN`)") String link,
            @Doc("where the jlink stage writes the runtime") String output,
            @Doc("where the final stage installs the runtime (`JAVA_HOME`)") String javaHome) {
    }
}
