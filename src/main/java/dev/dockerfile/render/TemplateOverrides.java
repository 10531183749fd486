package dev.dockerfile.render;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.text.EditDistance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a user's {@code templateDirectory} holds, told before rendering: an override whose name
 * matches no built-in template would otherwise be ignored without a word, and one that cannot be
 * read would silently give way to the built-in template.
 */
final class TemplateOverrides {
    /** Every built-in template, by the name an override must have (a test holds it against templates/). */
    static final List<String> BUILT_IN = List.of("common.ftl", "dockerignore.ftl", "java.Dockerfile.ftl", "jvm.ftl",
            "node.Dockerfile.ftl", "python.Dockerfile.ftl", "quarkus.Dockerfile.ftl", "spring-boot.Dockerfile.ftl");

    private final List<String> overrides;
    private final List<String> warnings;

    private TemplateOverrides(List<String> overrides, List<String> warnings) {
        this.overrides = List.copyOf(overrides);
        this.warnings = List.copyOf(warnings);
    }

    static TemplateOverrides scan(Path directory) throws ConfigurationException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(p -> p.getFileName().toString().endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "cannot be listed (" + e.getMessage()
                    + "). Make it a readable directory of .ftl overrides, or remove the parameter.", e);
        }
        List<String> overrides = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                if (Files.isDirectory(file)) {
                    continue;
                }
                throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "holds '" + name + "', which cannot be"
                        + " read" + (Files.isSymbolicLink(file) ? " (a symbolic link to a missing file)" : "")
                        + ": the built-in template would be used in its place. Fix or remove it.");
            }
            (BUILT_IN.contains(name) ? overrides : unknown).add(name);
        }
        List<String> warnings = new ArrayList<>();
        for (String name : unknown) {
            // A macro library the overrides import is used, though it overrides nothing.
            if (!isImported(directory, name, files)) {
                String near = closest(name);
                warnings.add(Parameter.TEMPLATE_DIRECTORY.display() + " holds '" + name + "', which overrides no"
                        + " built-in template and is not imported by one, so it is not used"
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + ". Templates you can override: "
                        + String.join(", ", BUILT_IN) + ".");
            }
        }
        return new TemplateOverrides(overrides, warnings);
    }

    private static boolean isImported(Path directory, String name, List<Path> files) {
        for (Path file : files) {
            try {
                if (!file.getFileName().toString().equals(name) && Files.readString(file).contains("\"" + name + "\"")) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // unreadable or not UTF-8: reported when it is rendered
            }
        }
        return false;
    }

    /** The built-in name the file was probably meant to have: same letters in another case, or a typo or two. */
    static String closest(String name) {
        return EditDistance.closest(name, BUILT_IN, 2);
    }

    /** The built-in templates this directory replaces. */
    List<String> overrides() {
        return overrides;
    }

    List<String> warnings() {
        return warnings;
    }
}
