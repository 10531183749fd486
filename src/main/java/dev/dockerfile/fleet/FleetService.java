package dev.dockerfile.fleet;

import dev.dockerfile.generate.Rendering;
import dev.dockerfile.lint.analysis.GlobalArgs;
import dev.dockerfile.lint.analysis.Variables;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParseException;
import dev.dockerfile.parse.DockerfileParser;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Stage;
import dev.dockerfile.plan.PlanAssembler;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service of the fleet file, read from what {@code generate} renders for the module: the build
 * arguments and labels are the Dockerfile's own, so an overridden template is described as it is.
 *
 * @param name the service's name: the image name without prefix ({@code orders-service})
 * @param context the module directory, absolute
 * @param dockerfile the generated Dockerfile, absolute
 * @param image the image reference to tag: the prefix, the name and the version
 * @param args the global ARGs with their defaults, in the Dockerfile's order
 * @param labels the final stage's labels with fixed values, in the Dockerfile's order
 */
public record FleetService(String name, Path context, Path dockerfile, String image, Map<String, String> args,
        Map<String, String> labels) {

    public FleetService {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The service of a module that got a Dockerfile; {@code imagePrefix} as {@link ImagePrefix#of} returned it. */
    public static FleetService of(ProjectInfo project, Rendering rendering, String imagePrefix) {
        Dockerfile dockerfile;
        try {
            dockerfile = DockerfileParser.parse(rendering.dockerfileText());
        } catch (DockerfileParseException e) {
            // The generator's own check has parsed this text already.
            throw new IllegalStateException("the rendered Dockerfile does not parse: " + e.getMessage(), e);
        }
        GlobalArgs global = GlobalArgs.of(dockerfile);
        Map<String, String> args = new LinkedHashMap<>();
        for (String name : global.declared()) {
            String value = global.values().get(name);
            if (value != null) {
                args.put(name, value);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        List<Stage> stages = dockerfile.stages();
        if (!stages.isEmpty()) {
            for (Instruction instruction : stages.get(stages.size() - 1).instructions()) {
                if (instruction.is("LABEL")) {
                    for (KeyValue pair : instruction.pairs()) {
                        // A label the build expands (base.name from RUNTIME_IMAGE) is left to the
                        // Dockerfile: a Compose label would fix it, whatever args the fleet passes.
                        if (Variables.references(pair.rawValue(), dockerfile.escape()).isEmpty()) {
                            labels.put(pair.key(), pair.value());
                        }
                    }
                }
            }
        }
        String tag = PlanAssembler.imageTag(project);
        return new FleetService(tag.substring(0, tag.indexOf(':')), project.baseDir().toAbsolutePath().normalize(),
                rendering.dockerfile(), imagePrefix + tag, args, labels);
    }
}
