package dev.dockerfile.generate;

import java.util.Map;

/**
 * Everything decided about one Dockerfile.
 *
 * @param model the template variables
 * @param buildCommand how to build it, from the module directory
 * @param layersDirectory where, under the output directory, dependencies are staged for the image,
 *     or {@code null} when the image is built from source
 */
record Plan(Map<String, Object> model, String buildCommand, String layersDirectory) {
}
