package dev.dockerfile.plan;

import java.util.List;
import java.util.Locale;

/**
 * The non-root user of the final stage, created the way the runtime image's distribution does it
 * (Micronaut removed its automatic user because one {@code groupadd} line broke Alpine images).
 */
public record RuntimeUser(
        @Doc("the user (and group) name") String name,
        @Doc("the numeric user id") int uid,
        @Doc("the numeric group id") int gid,
        @Doc("how the image creates users: `debian`, `rhel`, `alpine` or `distroless` (none: built-in user)")
        Family family) {

    /** The user-management tools a base image has, told from its name. */
    public enum Family {
        DEBIAN, RHEL, ALPINE, DISTROLESS;

        private static final List<String> RHEL_NAMES =
                List.of("ubi", "redhat", "rhel", "fedora", "centos", "rocky", "alma", "amazonlinux", "oraclelinux");

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Templates compare {@code user.family == "debian"}. */
        @Override
        public String toString() {
            return id();
        }

        public static Family of(String image) {
            String name = image.toLowerCase(Locale.ROOT);
            if (name.contains("distroless") || name.contains("chainguard")) {
                return DISTROLESS;
            }
            if (name.contains("alpine")) {
                return ALPINE;
            }
            return RHEL_NAMES.stream().anyMatch(name::contains) ? RHEL : DEBIAN;
        }
    }
}
