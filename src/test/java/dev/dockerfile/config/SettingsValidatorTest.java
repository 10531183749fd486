package dev.dockerfile.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsValidatorTest {

    @Test
    void portDefaultsTo3000AndAcceptsTheWholeRange() throws Exception {
        assertEquals(3000, SettingsValidator.port(null));
        assertEquals(3000, SettingsValidator.port(" "));
        assertEquals(1, SettingsValidator.port("1"));
        assertEquals(65535, SettingsValidator.port("65535"));
    }

    @Test
    void portTakesProtocolsAndSeveralPortsTheFirstBeingTheServices() throws Exception {
        assertEquals(List.of("3000"), SettingsValidator.ports("3000/tcp"));
        assertEquals(List.of("53/udp"), SettingsValidator.ports("53/UDP"));
        assertEquals(List.of("80", "443", "9090/udp"), SettingsValidator.ports(" 80  443,9090/udp 80 "));
        assertEquals(80, SettingsValidator.port("80 443"));
        assertEquals(53, SettingsValidator.port("53/udp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "70000", "80 0"})
    void portOutsideTheRangeNamesTheParameter(String port) {
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.port(port));
        assertTrue(e.getMessage().startsWith("<port> (-Ddockerfile.port) is '" + port + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(" is not between 1 and 65535. Write a number between 1 and 65535"),
                e.getMessage());
        assertEquals(Parameter.PORT, e.parameter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"30OO", "-1", "3000/http", "8000-8010", "${port}", "3000:3000"})
    void aPortThatIsNoNumberGetsThePluginsMessage(String port) {
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.port(port));
        assertTrue(e.getMessage().contains("is not a port. Write a number between 1 and 65535, optionally with /tcp,"
                + " /udp or /sctp, e.g. <port>8080</port>; several ports are separated by spaces"), e.getMessage());
    }

    @Test
    void idsMustBePositiveNumbers() throws Exception {
        assertEquals(null, SettingsValidator.id(Parameter.UID, null));
        assertEquals(42, SettingsValidator.id(Parameter.GID, " 42 "));
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.id(Parameter.UID, "0"));
        assertEquals("<uid> (-Ddockerfile.uid) is 0: the container must not run as root (0) or with a negative id."
                + " Use a positive id such as 10001, or remove it.", e.getMessage());
        assertThrows(ConfigurationException.class, () -> SettingsValidator.id(Parameter.GID, "-3"));
        var n = assertThrows(ConfigurationException.class, () -> SettingsValidator.id(Parameter.GID, "1OOO1"));
        assertEquals("<gid> (-Ddockerfile.gid) is '1OOO1', which is not a number. Use a positive id such as 10001,"
                + " or remove it.", n.getMessage());
        assertThrows(ConfigurationException.class, () -> SettingsValidator.id(Parameter.UID, "4294967295"));
        assertThrows(ConfigurationException.class, () -> SettingsValidator.id(Parameter.UID, "99999999999999999999"));
    }

    @Test
    void valuesLongerThanADockerfileLineCanHoldAreRefused() throws Exception {
        String huge = "x".repeat(SettingsValidator.MAX_VALUE_BYTES + 1);
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.singleLine(Parameter.LABELS, huge));
        assertTrue(e.getMessage().startsWith("<labels> is 64512 bytes long ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'):"
                + " a Dockerfile line holds at most 64511 bytes"), e.getMessage());
        // Bytes, not characters: BuildKit counts bytes.
        String wide = "\u00e9".repeat(SettingsValidator.MAX_VALUE_BYTES / 2 + 1);
        assertThrows(ConfigurationException.class, () -> SettingsValidator.singleLine(Parameter.COMMAND, wide));
        assertEquals("x".repeat(1000), SettingsValidator.singleLine(Parameter.COMMAND, "x".repeat(1000)));
    }

    @Test
    void imageNamesOverDockersLimitAreRefused() throws Exception {
        String longName = "registry.example.com/" + "a".repeat(240);
        var e = assertThrows(ConfigurationException.class,
                () -> SettingsValidator.image(Parameter.RUNTIME_IMAGE, longName + ":1"));
        assertTrue(e.getMessage().contains("has a name of 261 characters: Docker refuses image names longer than 255."),
                e.getMessage());
        assertThrows(ConfigurationException.class,
                () -> SettingsValidator.image(Parameter.RUNTIME_IMAGE, "a".repeat(100_000) + ":1"));
        String fine = "a".repeat(255) + ":" + "t".repeat(128);
        assertEquals(fine, SettingsValidator.image(Parameter.RUNTIME_IMAGE, fine));
    }

    @Test
    void userNamesFollowUseradd() throws Exception {
        assertEquals("app", SettingsValidator.userName(null));
        assertEquals("app", SettingsValidator.userName(" "));
        assertEquals("svc_user-1", SettingsValidator.userName("svc_user-1"));
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.userName("Root User"));
        assertEquals("<user> (-Ddockerfile.user) is 'Root User', which is not a valid user name: use lower-case"
                + " letters, digits, '_' or '-', starting with a letter or '_' (at most 32).", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"python:3.12-slim", "eclipse-temurin:21-jre", "gcr.io/distroless/java17-debian12:nonroot",
        "localhost:5000/team/base:1.0", "registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21",
        "python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void taggedImagesPass(String image) throws Exception {
        assertEquals(image, SettingsValidator.image(Parameter.RUNTIME_IMAGE, image));
    }

    @Test
    void untaggedOrLatestImagesFail() {
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.image(Parameter.RUNTIME_IMAGE, "python"));
        assertEquals("<runtimeImage> (-Ddockerfile.runtimeImage) is 'python' without a version: 'latest' changes under"
                + " you and breaks reproducible builds. Add a tag such as :21-jre or a @sha256 digest.", e.getMessage());
        assertThrows(ConfigurationException.class, () -> SettingsValidator.image(Parameter.BUILDER_IMAGE, "maven:latest"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Python:3.12", "python:3.12 AS evil", "python:3.12\nRUN id", "-bad:1", "python:"})
    void malformedImagesFail(String image) {
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.image(Parameter.BUILDER_IMAGE, image));
        assertEquals(Parameter.BUILDER_IMAGE, e.parameter());
    }

    @Test
    void mainClassMustBeAJavaName() throws Exception {
        assertEquals("com.example.Main", SettingsValidator.mainClass(" com.example.Main "));
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.mainClass("com.example.Main; rm -rf /"));
        assertEquals("<mainClass> (-Ddockerfile.mainClass) is 'com.example.Main; rm -rf /', which is not a Java class"
                + " name. Write the fully qualified name, e.g. com.example.Main.", e.getMessage());
    }

    @Test
    void envAndLabelKeysAreChecked() throws Exception {
        assertEquals(Map.of("A_1", "x"), SettingsValidator.env(Map.of("A_1", "x")));
        assertEquals(Map.of("org.example/team", "x"), SettingsValidator.labels(Map.of("org.example/team", "x")));
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.env(Map.of("1BAD", "x")));
        assertEquals("<env> has the key '1BAD', which is not allowed: use letters, digits and '_',"
                + " not starting with a digit.", e.getMessage());
        assertThrows(ConfigurationException.class, () -> SettingsValidator.labels(Map.of("a b", "x")));
    }

    @Test
    void lineBreaksAndControlCharactersAreRejectedEverywhere() throws Exception {
        var e = assertThrows(ConfigurationException.class,
                () -> SettingsValidator.labels(Map.of("team", "a\nRUN curl x | sh")));
        assertEquals("<labels> contains a line break in 'a\\nRUN curl x | sh'. Write the value"
                + " on one line.", e.getMessage());
        var cr = assertThrows(ConfigurationException.class, () -> SettingsValidator.singleLine(Parameter.COMMAND, "a\rb"));
        assertEquals("<command> (-Ddockerfile.command) contains a line break in 'a\\rb'. Write the value on one line.",
                cr.getMessage());
        var nul = assertThrows(ConfigurationException.class, () -> SettingsValidator.singleLine(Parameter.ENV, "a\u0000"));
        assertEquals("<env> contains a control character U+0000 in 'a\u0000'. Write the value on one"
                + " line.", nul.getMessage());
        assertThrows(ConfigurationException.class, () -> SettingsValidator.singleLine(Parameter.ENV, "a\u2028b"));
        assertEquals("tab\tok", SettingsValidator.singleLine(Parameter.ENV, "tab\tok"));
    }
}
