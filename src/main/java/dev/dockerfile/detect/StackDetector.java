package dev.dockerfile.detect;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.model.Stack;
import java.nio.file.Files;

/** Decides which stack a module is, from its own files and POM, unless the user said so. */
public final class StackDetector {
    private StackDetector() {
    }

    public static Detection detect(ProjectInfo project, String requested) throws ConfigurationException {
        if (requested != null && !requested.isBlank()) {
            Stack stack = Stack.fromId(requested).orElseThrow(() -> new ConfigurationException(Parameter.STACK,
                    "is '" + requested + "', which is not a known stack. Use one of: " + Stack.allIds()
                            + ", or remove it to detect the stack."));
            return Detection.of(stack, "stack " + stack.id() + ": set by " + Parameter.STACK.display());
        }
        if (project.springBootVersion() != null) {
            return Detection.of(Stack.SPRING_BOOT, "stack spring-boot: spring-boot-maven-plugin "
                    + project.springBootVersion() + " is in the build");
        }
        for (String marker : PythonProject.MANIFESTS) {
            if (Files.isRegularFile(project.baseDir().resolve(marker))) {
                return Detection.of(Stack.PYTHON, "stack python: " + marker + " is in the module directory");
            }
        }
        String packaging = project.packaging() == null ? "jar" : project.packaging();
        if (packaging.equals("jar")) {
            if (project.manifestMainClass() != null) {
                return Detection.of(Stack.JAVA, "stack java: jar packaging with main class "
                        + project.manifestMainClass() + " from the maven-jar-plugin manifest");
            }
            if (project.reactorModules()) {
                return Detection.notAService("jar packaging without a main class: a library, not a service."
                        + " Set " + Parameter.MAIN_CLASS.display() + " to make it one.");
            }
            return Detection.of(Stack.JAVA, "stack java: jar packaging");
        }
        if (packaging.equals("pom") && (project.hasModules() || project.reactorModules())) {
            return Detection.notAService("packaging pom without requirements.txt or pyproject.toml:"
                    + " an aggregator or parent, not a service. Set " + Parameter.STACK.display()
                    + " to generate one anyway.");
        }
        throw new ConfigurationException(Parameter.STACK, "is not set and nothing was detected in "
                + project.artifactId() + " (packaging " + packaging + "): no spring-boot-maven-plugin, no "
                + String.join(" or ", PythonProject.MANIFESTS) + ", no jar with a main class. Set <stack> to one of: "
                + Stack.allIds() + ".");
    }
}
