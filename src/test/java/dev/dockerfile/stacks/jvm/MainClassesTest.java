package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainClassesTest {
    private static final Path DIR = Path.of(".");

    private static BuildPlugin plugin(String groupId, String artifactId, ConfigNode configuration) {
        return new BuildPlugin(groupId, artifactId, "1", configuration, List.of());
    }

    private static ConfigNode config(ConfigNode... children) {
        return ConfigNode.of("configuration", children);
    }

    @Test
    void everyPlaceProjectsDeclareItInOrder() {
        ConfigNode transformer = new ConfigNode("transformer", null,
                Map.of("implementation", "org.apache.maven.plugins.shade.resource.ManifestResourceTransformer"),
                List.of(ConfigNode.leaf("mainClass", "c.Shade")));
        ProjectInfo project = Projects.at(DIR)
                .plugin(plugin("org.codehaus.mojo", "appassembler-maven-plugin", config(ConfigNode.of("programs",
                        ConfigNode.of("program", ConfigNode.leaf("mainClass", "h.App"))))))
                .plugin(plugin("org.codehaus.mojo", "exec-maven-plugin", config(ConfigNode.leaf("mainClass", "f.Exec"))))
                .plugin(plugin("org.springframework.boot", "spring-boot-maven-plugin", config(ConfigNode.leaf("mainClass", "e.Boot"))))
                .plugin(new BuildPlugin("org.apache.maven.plugins", "maven-shade-plugin", "1", null, List.of(
                        new BuildPlugin.Execution("s", "package", List.of("shade"), config(ConfigNode.of("transformers", transformer))))))
                .plugin(plugin("org.apache.maven.plugins", "maven-assembly-plugin", config(ConfigNode.of("archive",
                        ConfigNode.of("manifest", ConfigNode.leaf("mainClass", "b.Assembly"))))))
                .plugin(plugin("org.apache.maven.plugins", "maven-jar-plugin", config(ConfigNode.of("archive",
                        ConfigNode.of("manifestEntries", ConfigNode.leaf("Main-Class", "a.Jar"))))))
                .property("exec.mainClass", "g.Property").property("start-class", "g.Property")
                .property("main.class", "${not.set}")
                .build();
        assertEquals(List.of(new MainClasses.Candidate("a.Jar", "maven-jar-plugin manifest"),
                new MainClasses.Candidate("b.Assembly", "maven-assembly-plugin manifest"),
                new MainClasses.Candidate("c.Shade", "maven-shade-plugin ManifestResourceTransformer"),
                new MainClasses.Candidate("e.Boot", "spring-boot-maven-plugin"),
                new MainClasses.Candidate("f.Exec", "exec-maven-plugin"),
                new MainClasses.Candidate("g.Property", "property exec.mainClass"),
                new MainClasses.Candidate("h.App", "appassembler-maven-plugin program")), MainClasses.find(project));
        assertTrue(MainClasses.disagreement(MainClasses.find(project)).startsWith("; other main classes are declared too: b.Assembly"
                + " (maven-assembly-plugin manifest), c.Shade"), MainClasses.disagreement(MainClasses.find(project)));
    }

    @Test
    void agreeingSourcesAndNoneAtAll() {
        ProjectInfo agreeing = Projects.at(DIR).mainClass("a.Main").property("exec.mainClass", "a.Main").build();
        assertEquals("", MainClasses.disagreement(MainClasses.find(agreeing)));
        assertEquals("a.Main", MainClasses.first(agreeing).orElseThrow().className());
        assertTrue(MainClasses.first(Projects.at(DIR).property("mainClass", "not a class").build()).isEmpty());
    }
}
