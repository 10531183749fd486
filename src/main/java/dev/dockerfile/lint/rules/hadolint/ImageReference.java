package dev.dockerfile.lint.rules.hadolint;

import java.util.Locale;

/**
 * An image reference split the way Docker reads one: {@code [registry/]path[:tag][@digest]}. The
 * first path element is a registry when it holds a {@code .} or {@code :} or is {@code localhost};
 * otherwise the image lives on {@code docker.io}.
 *
 * @param registry lower case, {@code docker.io} for unqualified names
 * @param path the repository path without registry ({@code library/debian} for {@code debian})
 * @param tag the tag, or {@code null}
 * @param digest the digest ({@code sha256:...}), or {@code null}
 */
record ImageReference(String registry, String path, String tag, String digest) {
    static final String DOCKER_HUB = "docker.io";

    static ImageReference parse(String reference) {
        String rest = reference;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first.toLowerCase(Locale.ROOT);
                path = rest.substring(slash + 1);
            }
        }
        if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) {
            registry = DOCKER_HUB;
        }
        if (registry.equals(DOCKER_HUB) && !path.contains("/")) {
            path = "library/" + path;
        }
        return new ImageReference(registry, path, tag, digest);
    }

    static boolean hasVariable(String reference) {
        return reference.contains("$");
    }
}
