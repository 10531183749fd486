package dev.dockerfile.generate;

import java.util.Locale;

/**
 * The non-root user of the final stage, created the way the runtime image's distribution does it
 * (Micronaut removed its automatic user because one {@code groupadd} line broke Alpine images).
 */
record RuntimeUser(String name, int uid, int gid, String family) {
    /** distroless images have no shell to create a user with, but ship this one. */
    static final int DISTROLESS_NONROOT = 65532;

    static String family(String image) {
        String name = image.toLowerCase(Locale.ROOT);
        if (name.contains("distroless") || name.contains("chainguard")) {
            return "distroless";
        }
        if (name.contains("alpine")) {
            return "alpine";
        }
        for (String rhel : new String[] {"ubi", "redhat", "rhel", "fedora", "centos", "rocky", "alma", "amazonlinux", "oraclelinux"}) {
            if (name.contains(rhel)) {
                return "rhel";
            }
        }
        return "debian";
    }
}
