package dev.dockerfile.fleet;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.image.ImageReference;

/**
 * The registry and namespace put before every image name of the fleet file
 * ({@code registry.example.com/team/}), checked once so the file never names an image that
 * {@code docker build -t} would refuse.
 */
public final class ImagePrefix {
    private ImagePrefix() {
    }

    /** The prefix ending with {@code /}, or the empty string when none is set. */
    public static String of(String value) throws ConfigurationException {
        if (value == null || value.isBlank()) {
            return "";
        }
        String prefix = value.strip();
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        // Any valid name after the prefix gives a valid reference exactly when the prefix is valid.
        if (prefix.contains("//") || prefix.startsWith("/") || !ImageReference.isValid(prefix + "service:1")
                || ImageReference.hasVariable(prefix)) {
            throw new ConfigurationException(Parameter.IMAGE_PREFIX, "is '" + value.strip() + "', which cannot"
                    + " start an image name. Use a registry and/or a lower-case namespace, such as"
                    + " registry.example.com/team/ or team/.");
        }
        return prefix;
    }
}
