package dev.dockerfile.config;

import dev.dockerfile.image.ImageReference;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the settings as given into {@link ValidSettings} in one step, before any detection or
 * planning. Every failure names the parameter and says how to fix it; values that pass can still
 * only reach the Dockerfile quoted (see {@code DockerfileSyntax} and {@code ShellSyntax}).
 */
public final class SettingsValidator {

    private static final Pattern USER_NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Pattern JAVA_CLASS =
            Pattern.compile("(?:[A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern ENV_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    /** BuildKit reads a Dockerfile line of at most 64 KiB; one value must leave room for its instruction. */
    public static final int MAX_VALUE_BYTES = 65_535 - 1024;
    private static final Pattern PORT = Pattern.compile("(?<number>[0-9]{1,5})(?:/(?<protocol>tcp|udp|sctp))?",
            Pattern.CASE_INSENSITIVE);
    private static final String PORT_FIX = " Write a number between 1 and 65535, optionally with /tcp, /udp or /sctp,"
            + " e.g. <port>8080</port>; several ports are separated by spaces, the service's own first:"
            + " <port>8080 9090/udp</port>.";

    private SettingsValidator() {
    }

    public static ValidSettings validate(Settings settings) throws ConfigurationException {
        String stack = singleLine(Parameter.STACK, settings.stack());
        List<String> ports = ports(settings.port());
        return new ValidSettings(
                stack == null || stack.isBlank() ? null : stack.trim().toLowerCase(java.util.Locale.ROOT),
                portNumber(ports.get(0)),
                ports,
                optionalImage(Parameter.BUILDER_IMAGE, settings.builderImage()),
                optionalImage(Parameter.RUNTIME_IMAGE, settings.runtimeImage()),
                settings.user() == null || settings.user().isBlank() ? null : userName(settings.user()),
                id(Parameter.UID, settings.uid()),
                id(Parameter.GID, settings.gid()),
                settings.mainClass() == null || settings.mainClass().isBlank() ? null : mainClass(settings.mainClass()),
                program(Parameter.COMMAND, settings.command()),
                words(Parameter.JVM_OPTIONS, settings.jvmOptions() == null ? Defaults.JVM_OPTIONS : settings.jvmOptions()),
                env(settings.env()),
                labels(settings.labels()),
                program(Parameter.HEALTHCHECK, settings.healthcheck()),
                buildMode(settings.buildMode()),
                layout(settings.layout()),
                settings.outputDirectory(),
                settings.templateDirectory(),
                settings.jlink(),
                settings.cds(),
                settings.cacheMounts(),
                words(Parameter.MAVEN_ARGS, settings.mavenArgs()),
                settings.verifyInBuilder(),
                revision(settings.revision()));
    }

    /** A command written as one line, split into the words of an exec form; empty when unset. */
    public static List<String> words(Parameter parameter, String value) throws ConfigurationException {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return CommandLine.split(parameter, singleLine(parameter, value));
    }

    /** A program run in exec form: the words, refusing what only a shell would understand. */
    public static List<String> program(Parameter parameter, String value) throws ConfigurationException {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return CommandLine.program(parameter, singleLine(parameter, value));
    }

    public static BuildMode buildMode(String value) throws ConfigurationException {
        return Choice.validate(Parameter.BUILD_MODE, BuildMode.class, value, "source, artifact or auto (the default)");
    }

    public static AppLayout layout(String value) throws ConfigurationException {
        return Choice.validate(Parameter.LAYOUT, AppLayout.class, value, "exploded, jar or auto (the default)");
    }

    /** A commit id or tag: one line, without blanks, as pipelines pass it ({@code -Ddockerfile.revision=$GIT_SHA}). */
    public static String revision(String value) throws ConfigurationException {
        singleLine(Parameter.REVISION, value);
        if (value == null || value.isBlank()) {
            return null;
        }
        String revision = value.trim();
        if (!revision.matches("[A-Za-z0-9][A-Za-z0-9._/+-]{0,127}")) {
            throw new ConfigurationException(Parameter.REVISION, "is '" + revision + "', which is not a revision:"
                    + " use the commit id or tag, e.g. -Ddockerfile.revision=$(git rev-parse HEAD).");
        }
        return revision;
    }

    private static String optionalImage(Parameter parameter, String value) throws ConfigurationException {
        return value == null ? null : image(parameter, value);
    }

    /** Rejects line breaks and other control characters: they are how a value would start an instruction. */
    public static String singleLine(Parameter parameter, String value) throws ConfigurationException {
        if (value == null) {
            return null;
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_VALUE_BYTES) {
            throw new ConfigurationException(parameter, "is " + bytes + " bytes long ('" + printable(value.substring(0, 40))
                    + "...'): a Dockerfile line holds at most " + MAX_VALUE_BYTES + " bytes (BuildKit refuses longer ones)."
                    + " Shorten the value, or move it into a file the image copies.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f || c == '\u2028' || c == '\u2029') {
                throw new ConfigurationException(parameter, "contains a "
                        + (c == '\n' || c == '\r' ? "line break" : String.format("control character U+%04X", (int) c))
                        + " in '" + printable(value) + "'. Write the value on one line.");
            }
        }
        return value;
    }

    /**
     * The ports to EXPOSE, as EXPOSE writes them ({@code 8080}, {@code 53/udp}), in the order given
     * and without repeats; the first is the one the service listens on (PORT).
     */
    public static List<String> ports(String value) throws ConfigurationException {
        singleLine(Parameter.PORT, value);
        String given = value == null || value.isBlank() ? Defaults.PORT : value.strip();
        Set<String> ports = new LinkedHashSet<>();
        for (String word : given.split("[\\s,]+")) {
            var m = PORT.matcher(word);
            if (!m.matches()) {
                throw new ConfigurationException(Parameter.PORT, "is '" + given + "': '" + word + "' is not a port."
                        + PORT_FIX);
            }
            int number = Integer.parseInt(m.group("number"));
            if (number < 1 || number > 65535) {
                throw new ConfigurationException(Parameter.PORT, "is '" + given + "': " + number
                        + " is not between 1 and 65535." + PORT_FIX);
            }
            String protocol = m.group("protocol") == null ? "tcp" : m.group("protocol").toLowerCase(Locale.ROOT);
            ports.add(protocol.equals("tcp") ? String.valueOf(number) : number + "/" + protocol);
        }
        return List.copyOf(ports);
    }

    /** The service's port: the first of {@link #ports}. */
    public static int port(String value) throws ConfigurationException {
        return portNumber(ports(value).get(0));
    }

    private static int portNumber(String port) {
        int slash = port.indexOf('/');
        return Integer.parseInt(slash < 0 ? port : port.substring(0, slash));
    }

    /** A user or group id: a positive number, or {@code null} when unset. */
    public static Integer id(Parameter parameter, String value) throws ConfigurationException {
        singleLine(parameter, value);
        if (value == null || value.isBlank()) {
            return null;
        }
        String given = value.strip();
        if (!given.matches("-?[0-9]{1,10}")) {
            throw new ConfigurationException(parameter, "is '" + given + "', which is not a number."
                    + " Use a positive id such as " + Defaults.UID + ", or remove it.");
        }
        long id = Long.parseLong(given);
        if (id <= 0) {
            throw new ConfigurationException(parameter, "is " + id + ": the container must not run as root"
                    + " (0) or with a negative id. Use a positive id such as " + Defaults.UID + ", or remove it.");
        }
        if (id > Integer.MAX_VALUE) {
            throw new ConfigurationException(parameter, "is " + id + ", more than " + Integer.MAX_VALUE
                    + ", the largest id every runtime supports. Use an id such as " + Defaults.UID + ".");
        }
        return (int) id;
    }

    public static String userName(String value) throws ConfigurationException {
        if (value == null || value.isBlank()) {
            return Defaults.USER;
        }
        singleLine(Parameter.USER, value);
        if (!USER_NAME.matcher(value).matches()) {
            throw new ConfigurationException(Parameter.USER, "is '" + value + "', which is not a valid user name:"
                    + " use lower-case letters, digits, '_' or '-', starting with a letter or '_' (at most 32).");
        }
        return value;
    }

    /** A tagged (not {@code latest}) or digest-pinned image reference. */
    public static String image(Parameter parameter, String value) throws ConfigurationException {
        singleLine(parameter, value);
        String image = value.trim();
        if (image.length() > 2 * ImageReference.MAX_NAME) {
            throw new ConfigurationException(parameter, "is " + image.length() + " characters long: Docker refuses image"
                    + " names longer than " + ImageReference.MAX_NAME + " and tags longer than " + ImageReference.MAX_TAG
                    + ". Use a shorter reference.");
        }
        ImageReference reference = ImageReference.split(image);
        int name = image.length() - (reference.tag() == null ? 0 : reference.tag().length() + 1)
                - (reference.digest() == null ? 0 : reference.digest().length() + 1);
        if (name > ImageReference.MAX_NAME) {
            throw new ConfigurationException(parameter, "has a name of " + name + " characters: Docker refuses image"
                    + " names longer than " + ImageReference.MAX_NAME + ". Use a shorter repository name.");
        }
        if (!ImageReference.isValid(image)) {
            throw new ConfigurationException(parameter, "is '" + image + "', which is not an image reference."
                    + " Write it as name:tag, e.g. eclipse-temurin:21-jre.");
        }
        if (reference.digest() == null && (reference.tag() == null || reference.tag().equals("latest"))) {
            throw new ConfigurationException(parameter, "is '" + image + "' without a version: 'latest' changes"
                    + " under you and breaks reproducible builds. Add a tag such as :21-jre or a @sha256 digest.");
        }
        return image;
    }

    public static String mainClass(String value) throws ConfigurationException {
        singleLine(Parameter.MAIN_CLASS, value);
        String name = value.trim();
        if (!JAVA_CLASS.matcher(name).matches()) {
            throw new ConfigurationException(Parameter.MAIN_CLASS, "is '" + name + "', which is not a Java class"
                    + " name. Write the fully qualified name, e.g. com.example.Main.");
        }
        return name;
    }

    public static Map<String, String> env(Map<String, String> env) throws ConfigurationException {
        return pairs(Parameter.ENV, env, ENV_KEY, "letters, digits and '_', not starting with a digit");
    }

    public static Map<String, String> labels(Map<String, String> labels) throws ConfigurationException {
        return pairs(Parameter.LABELS, labels, LABEL_KEY, "letters, digits, '.', '_', '-' and '/'");
    }

    private static Map<String, String> pairs(Parameter parameter, Map<String, String> pairs, Pattern key, String rule)
            throws ConfigurationException {
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            if (!key.matcher(e.getKey()).matches()) {
                throw new ConfigurationException(parameter, "has the key '" + printable(e.getKey())
                        + "', which is not allowed: use " + rule + ".");
            }
            singleLine(parameter, e.getValue());
        }
        return pairs;
    }

    private static String printable(String value) {
        return value.replace("\r", "\\r").replace("\n", "\\n");
    }
}
