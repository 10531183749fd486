package dev.dockerfile.image;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference, {@code [registry/]path[:tag][@digest]}, read the one way Docker reads it. The
 * settings validator, the generator's image names and every lint rule that looks at a FROM use this
 * class, so a reference the plugin accepts is one the checker accepts and the engine pulls.
 *
 * @param registry lower case; {@link #DOCKER_HUB} for names without one
 * @param path the repository path without registry ({@code library/debian} for {@code debian})
 * @param tag the tag, or {@code null}
 * @param digest the digest ({@code sha256:...}), or {@code null}
 */
public record ImageReference(String registry, String path, String tag, String digest) {
    public static final String DOCKER_HUB = "docker.io";
    /** Docker refuses repository names longer than this (without tag and digest). */
    public static final int MAX_NAME = 255;
    /** ... and tags longer than this. */
    public static final int MAX_TAG = 128;

    // The grammar of Docker's reference parser (distribution/reference), which BuildKit applies to FROM.
    private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = "(?:localhost|" + DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")+(?::[0-9]+)?|"
            + DOMAIN_PART + ":[0-9]+|\\[[0-9a-fA-F:.]+](?::[0-9]+)?)";
    private static final String PATH_PART = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String TAG = "[\\w][\\w.-]{0," + (MAX_TAG - 1) + "}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private static final Pattern VALID = Pattern.compile("(?<name>(?:" + DOMAIN + "/)?" + PATH_PART + "(?:/" + PATH_PART
            + ")*)(?::(?<tag>" + TAG + "))?(?:@(?<digest>" + DIGEST + "))?");

    /**
     * Splits {@code reference} as Docker does, without judging it: the first path element is a registry
     * when it holds a {@code .} or {@code :} or is {@code localhost}. Works on references with
     * unexpanded variables too, for rules that look only at the parts they can see.
     */
    public static ImageReference split(String reference) {
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

    /**
     * Whether Docker accepts {@code reference} as written: its grammar, and a name of at most
     * {@link #MAX_NAME} characters. The length is checked first, so a huge input never meets the regex.
     */
    public static boolean isValid(String reference) {
        if (reference.length() > MAX_NAME + 1 + MAX_TAG + 1 + 200) {
            return false;
        }
        Matcher m = VALID.matcher(reference);
        return m.matches() && m.group("name").length() <= MAX_NAME;
    }

    /** Whether the reference still holds a variable ({@code $TAG}) that only the build resolves. */
    public static boolean hasVariable(String reference) {
        return reference.indexOf('$') >= 0;
    }

    /**
     * Whether the reference names a Windows image (Microsoft's {@code mcr.microsoft.com/windows/...},
     * Server Core, Nano Server, or a tag built on them): their containers run cmd or PowerShell and
     * have named users without numeric ids, so Linux advice does not apply.
     */
    public static boolean isWindows(String reference) {
        String r = reference.toLowerCase(Locale.ROOT);
        return r.contains("mcr.microsoft.com/windows") || r.contains("servercore") || r.contains("nanoserver");
    }

    /** The last path component ({@code eclipse-temurin} of {@code docker.io/library/eclipse-temurin:21}). */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
