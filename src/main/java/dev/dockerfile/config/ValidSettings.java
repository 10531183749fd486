package dev.dockerfile.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The configuration after {@link SettingsValidator#validate}: every value checked, trimmed and in
 * its type, defaults applied where they do not depend on the project. {@code null} still means
 * "detect it" for the values whose default depends on the stack or the runtime image.
 *
 * @param stack the requested stack id, lower case, or {@code null} to detect it
 * @param uid the requested user id, or {@code null} for the runtime family's default
 * @param gid the requested group id, or {@code null} for the uid
 * @param port the port the service listens on: the first of {@code ports}
 * @param ports the ports to EXPOSE as EXPOSE writes them ({@code 8080}, {@code 53/udp})
 * @param user the requested user name, or {@code null} for the runtime family's default
 * @param command the start command's words, empty for the detected one
 * @param healthcheck the HEALTHCHECK command's words, empty for none
 * @param mavenArgs words passed to the builder's Maven, empty for none
 * @param layout exploded classes or a jar; {@code AUTO} lets the JVM stacks choose
 * @param revision the source revision for the {@code org.opencontainers.image.revision} label, or {@code null}
 */
public record ValidSettings(
        String stack,
        int port,
        List<String> ports,
        String builderImage,
        String runtimeImage,
        String user,
        Integer uid,
        Integer gid,
        String mainClass,
        List<String> command,
        List<String> jvmOptions,
        Map<String, String> env,
        Map<String, String> labels,
        List<String> healthcheck,
        BuildMode buildMode,
        AppLayout layout,
        Path outputDirectory,
        Path templateDirectory,
        boolean jlink,
        boolean cds,
        boolean cacheMounts,
        List<String> mavenArgs,
        boolean verifyInBuilder,
        String revision) {

    public ValidSettings {
        ports = List.copyOf(ports);
        command = List.copyOf(command);
        jvmOptions = List.copyOf(jvmOptions);
        healthcheck = List.copyOf(healthcheck);
        mavenArgs = List.copyOf(mavenArgs);
    }
}
