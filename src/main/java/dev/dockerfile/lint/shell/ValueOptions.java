package dev.dockerfile.lint.shell;

import java.util.Map;
import java.util.Set;

/**
 * The options of package managers that take the next word as their value ({@code apt-get -o Acquire::Retries=3
 * install}): without them that value would be read as the subcommand or a package. One table for every rule
 * that reads these commands, hadolint's and ours.
 */
public final class ValueOptions {
    public static final Set<String> APT = Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release",
            "--default-release", "-a", "--host-architecture");
    public static final Set<String> APK = Set.of("-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch",
            "--keys-dir", "--repositories-file", "--cache-dir", "--cache-max-age", "--timeout", "--progress-fd",
            "--wait");
    /** yum, dnf, dnf5 and microdnf share these. */
    public static final Set<String> RPM = Set.of("-c", "--config", "--installroot", "--releasever",
            "--enablerepo", "--disablerepo", "--repo", "--repoid", "-x", "--exclude", "--setopt", "-d", "--debuglevel",
            "-e", "--errorlevel", "--color", "--forcearch", "--destdir", "--downloaddir", "--comment", "--advisory",
            "--advisories", "--bz", "--cve", "--sec-severity", "--secseverity", "--from-repo", "--rpmverbosity",
            "--use-host-config");
    public static final Set<String> PIP = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "--prefix", "--root", "-b", "--build", "--src", "-i", "--index-url",
            "--extra-index-url", "-f", "--find-links", "--trusted-host", "--platform", "--python-version",
            "--implementation", "--abi", "--upgrade-strategy", "--progress-bar", "--root-user-action", "--cache-dir",
            "--log", "--log-file", "--proxy", "--retries", "--timeout", "--exists-action", "--cert", "--client-cert",
            "--global-option", "--install-option", "-C", "--config-settings", "--python", "--report", "--only-binary",
            "--no-binary", "--use-feature", "--use-deprecated", "--keyring-provider", "--group", "--pip-args",
            "--suffix", "--preinstall", "--spec");
    public static final Set<String> NPM = Set.of("--registry", "--loglevel", "--prefix", "--cache", "--tag",
            "-w", "--workspace", "--omit", "--include", "--install-strategy", "--userconfig", "--globalconfig",
            "--location", "--before", "--fetch-retries", "--fetch-timeout", "--save-prefix", "--script-shell", "-C");
    public static final Set<String> ZYPPER = Set.of("-R", "--root", "-c", "--config", "-D", "--reposd-dir", "-C",
            "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "-r", "--repo", "--from", "-t",
            "--type", "--download", "--installroot", "-p", "--plus-repo", "--plus-content");

    private static final Map<String, Set<String>> BY_COMMAND = Map.ofEntries(Map.entry("apt-get", APT),
            Map.entry("apt", APT), Map.entry("apt-cache", APT), Map.entry("aptitude", APT), Map.entry("apk", APK),
            Map.entry("yum", RPM), Map.entry("dnf", RPM), Map.entry("dnf5", RPM), Map.entry("microdnf", RPM),
            Map.entry("npm", NPM), Map.entry("zypper", ZYPPER));

    private ValueOptions() {
    }

    /** The value-taking options of the command named {@code name} (pip by its versioned names too); empty if unknown. */
    public static Set<String> of(String name) {
        Set<String> options = BY_COMMAND.get(name);
        if (options != null) {
            return options;
        }
        return name.startsWith("pip") && name.substring(3).chars().allMatch(c -> c == '.' || Character.isDigit(c))
                ? PIP : Set.of();
    }
}
