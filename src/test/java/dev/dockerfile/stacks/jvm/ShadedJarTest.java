package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShadedJarTest {
    private static final Path DIR = Path.of("/work/app");

    private static Optional<ShadedJar.Choice> choose(ConfigNode... settings) {
        BuildPlugin shade = new BuildPlugin("org.apache.maven.plugins", "maven-shade-plugin", "3.6.0", null,
                List.of(new BuildPlugin.Execution("default", "package", List.of("shade"),
                        ConfigNode.of("configuration", settings))));
        return ShadedJar.choose(Projects.at(DIR).artifactId("svc").version("1").plugin(shade).build(), "target");
    }

    private static ConfigNode manifest(ConfigNode... entries) {
        return ConfigNode.of("transformers", new ConfigNode("transformer", null, Map.of("implementation",
                "org.apache.maven.plugins.shade.resource.ManifestResourceTransformer"),
                List.of(ConfigNode.of("manifestEntries", entries))));
    }

    @Test
    void aReplacedJarRunsAsTheThinOriginalWithLib() {
        ShadedJar.Choice choice = choose().orElseThrow();
        assertEquals(new ShadedJar.Choice("target/original-svc-1.jar", false, choice.reason()), choice);
        assertTrue(choice.reason().contains("no class twice"), choice.reason());
        assertEquals("target/original-svc-1.jar", choose(manifest(ConfigNode.leaf("Main-Class", "a.B"),
                ConfigNode.leaf("Multi-Release", "true"))).orElseThrow().jar());
    }

    @Test
    void anAttachedOrRenamedFatJarLeavesTheMainJarThin() {
        assertTrue(choose(ConfigNode.leaf("shadedArtifactAttached", "true")).isEmpty());
        assertTrue(choose(ConfigNode.leaf("finalName", "svc-all")).isEmpty());
        assertTrue(choose(ConfigNode.leaf("finalName", "svc-1")).isPresent(), "the same name replaces it");
    }

    @Test
    void applicationManifestEntriesNeedTheFatJarAlone() {
        ConfigNode verticle = manifest(ConfigNode.leaf("Main-Class", "io.vertx.core.Launcher"),
                ConfigNode.leaf("Main-Verticle", "a.MainVerticle"));
        assertEquals(new ShadedJar.Choice("target/svc-1-fat.jar", true, "shade: the fat jar's manifest sets Main-Verticle,"
                + " which the application reads, so the image runs target/svc-1-fat.jar alone (java -jar)"),
                choose(ConfigNode.leaf("shadedArtifactAttached", "true"), ConfigNode.leaf("shadedClassifierName", "fat"),
                        verticle).orElseThrow());
        assertEquals("target/svc-fat.jar", choose(ConfigNode.leaf("outputFile", "/work/app/target/svc-fat.jar"), verticle)
                .orElseThrow().jar());
        assertEquals("target/svc-1.jar", choose(verticle).orElseThrow().jar());
        assertTrue(choose(ConfigNode.leaf("outputFile", "/elsewhere/svc.jar"), verticle).isEmpty(),
                "a fat jar outside the module cannot be copied");
    }

    @Test
    void noShadeGoalNoChoice() {
        BuildPlugin declaredOnly = new BuildPlugin("org.apache.maven.plugins", "maven-shade-plugin", "3.6.0", null, List.of());
        assertTrue(ShadedJar.choose(Projects.at(DIR).plugin(declaredOnly).build(), "target").isEmpty());
    }
}
