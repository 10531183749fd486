package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerfile.Projects;
import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInputsTest {
    @TempDir
    Path dir;

    @Test
    void filesThePluginsNameInsideTheModuleOutsideSrc() throws Exception {
        for (String file : List.of("config/checkstyle.xml", "config/suppressions.xml", "etc/header.txt", "lombok.config",
                "src/main/resources/a.txt", "target/x.txt", ".git/HEAD", "frontend/package.json", "a b/c.txt")) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), "x");
        }
        ConfigNode checkstyle = ConfigNode.of("configuration", ConfigNode.leaf("configLocation", "config/checkstyle.xml"),
                ConfigNode.leaf("suppressionsLocation", dir.resolve("config/suppressions.xml").toString()),
                ConfigNode.leaf("sourceDirectories", dir.toString()),
                ConfigNode.leaf("includes", "src/main/resources/a.txt,etc/header.txt"),
                ConfigNode.leaf("outputFile", "${project.build.directory}/x"), ConfigNode.leaf("encoding", "UTF-8"),
                ConfigNode.leaf("skip", "true"), ConfigNode.leaf("cache", "target/x.txt"), ConfigNode.leaf("vcs", ".git"),
                ConfigNode.leaf("url", "https://example.org/config"), ConfigNode.leaf("weird", "a b/c.txt"),
                ConfigNode.leaf("outside", "../elsewhere"));
        BuildPlugin frontend = new BuildPlugin("com.github.eirslett", "frontend-maven-plugin", "1", null, List.of(
                new BuildPlugin.Execution("npm", null, List.of("npm"), ConfigNode.of("configuration",
                        ConfigNode.leaf("workingDirectory", "frontend")))));
        List<String> referenced = BuildInputs.referenced(Projects.at(dir)
                .plugin(new BuildPlugin("org.apache.maven.plugins", "maven-checkstyle-plugin", "3.6.0", checkstyle, List.of()))
                .plugin(frontend).build(), "target");
        assertEquals(List.of("config/checkstyle.xml", "config/suppressions.xml", "etc/header.txt", "frontend",
                "lombok.config"), referenced);
    }

    @Test
    void aDirectoryCoversTheFilesInIt() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/a.xml"), "x");
        ConfigNode configuration = ConfigNode.of("configuration", ConfigNode.leaf("file", "config/a.xml"),
                ConfigNode.leaf("directory", "config"), ConfigNode.leaf("again", "config/a.xml"));
        assertEquals(List.of("config"), BuildInputs.referenced(Projects.at(dir).plugin(new BuildPlugin("x", "y", "1",
                configuration, List.of())).build(), "target"));
    }
}
