package dev.dockerfile.stacks.quarkus;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.model.ProjectInfo;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What {@code mvn package} makes of a Quarkus application: the fast-jar directory (the default),
 * an uber-jar, or a legacy jar with {@code lib/}. Told by {@code quarkus.package.jar.type} (and the
 * names it had before Quarkus 3.9) in the POM's properties or in {@code application.properties}.
 */
enum QuarkusPackage {
    FAST_JAR, UBER_JAR, LEGACY_JAR;

    static final String APPLICATION_PROPERTIES = "src/main/resources/application.properties";
    private static final List<String> KEYS = List.of("quarkus.package.jar.type", "quarkus.package.type");
    private static final String OLD_UBER_JAR = "quarkus.package.uber-jar";

    record Chosen(QuarkusPackage type, String reason) {
    }

    static Chosen of(ProjectInfo project) throws ConfigurationException {
        Properties application = applicationProperties(project.baseDir());
        for (String key : KEYS) {
            for (String[] source : new String[][] {{project.property(key), "the POM's property " + key},
                {application.getProperty("%prod." + key), "%prod." + key + " in " + APPLICATION_PROPERTIES},
                {application.getProperty(key), key + " in " + APPLICATION_PROPERTIES}}) {
                if (source[0] != null && !source[0].isBlank()) {
                    return new Chosen(parse(source[0].trim(), source[1]), source[0].trim() + " from " + source[1]);
                }
            }
        }
        if ("true".equalsIgnoreCase(project.property(OLD_UBER_JAR))
                || "true".equalsIgnoreCase(application.getProperty(OLD_UBER_JAR, "").trim())) {
            return new Chosen(UBER_JAR, "uber-jar from " + OLD_UBER_JAR);
        }
        return new Chosen(FAST_JAR, "fast-jar (Quarkus's default package type)");
    }

    private static QuarkusPackage parse(String value, String source) throws ConfigurationException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "fast-jar", "mutable-jar", "jar" -> {
                return FAST_JAR;
            }
            case "uber-jar" -> {
                return UBER_JAR;
            }
            case "legacy-jar" -> {
                return LEGACY_JAR;
            }
            default -> throw new ConfigurationException(null, "The Quarkus package type is '" + value + "' (" + source
                    + "): the quarkus stack builds JVM images from fast-jar, uber-jar or legacy-jar. For a native"
                    + " image use Quarkus's own Dockerfile.native, or set quarkus.package.jar.type to one of those.");
        }
    }

    private static Properties applicationProperties(Path baseDir) throws ConfigurationException {
        Properties properties = new Properties();
        Path file = baseDir.resolve(APPLICATION_PROPERTIES);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new ConfigurationException(null, APPLICATION_PROPERTIES + " is not UTF-8 text. Save it as UTF-8.");
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigurationException(null, APPLICATION_PROPERTIES + " cannot be read: " + e.getMessage());
            }
        }
        return properties;
    }
}
