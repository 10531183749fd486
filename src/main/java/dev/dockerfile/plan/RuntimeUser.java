package dev.dockerfile.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * User and group names the Debian, Ubuntu, Red Hat and Alpine base images (and the node and
     * JDK images built on them) already have: {@code groupadd} or {@code addgroup} fails on them.
     */
    static final Set<String> SYSTEM_NAMES = Set.of("_apt", "abuild", "adm", "at", "audio", "backup", "bin",
            "cdrom", "cdrw", "console", "cron", "crontab", "cyrus", "daemon", "dbus", "default", "dialout", "dip",
            "disk", "fax", "floppy", "ftp", "games", "gnats", "guest", "halt", "input", "irc", "jboss", "kmem",
            "kvm", "list", "lock", "lp", "mail", "man", "mem", "messagebus", "netdev", "news", "node", "nofiles",
            "nogroup", "nobody", "ntp", "operator", "ping", "plugdev", "postmaster", "proxy", "readproc", "render",
            "root", "sasl", "sgx", "shadow", "shutdown", "smmsp", "squid", "src", "ssh_keys", "sshd", "staff",
            "sudo", "sync", "sys", "systemd-journal", "systemd-network", "systemd-resolve", "tape", "tss", "tty",
            "ubuntu", "usb", "users", "utempter", "utmp", "uucp", "video", "voice", "vpopmail", "wheel",
            "www-data", "xfs");

    /** Ids the base images give their system accounts statically (0-99) and to nobody/nogroup. */
    static boolean isSystemId(int id) {
        return id < 100 || id == 65534;
    }

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
