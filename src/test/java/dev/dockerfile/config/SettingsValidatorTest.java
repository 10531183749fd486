package dev.dockerfile.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsValidatorTest {

    @Test
    void portDefaultsTo3000AndAcceptsTheWholeRange() throws Exception {
        assertEquals(3000, SettingsValidator.port(null));
        assertEquals(1, SettingsValidator.port(1));
        assertEquals(65535, SettingsValidator.port(65535));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 70000})
    void portOutsideTheRangeNamesTheParameter(int port) {
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.port(port));
        assertEquals("<port> (-Ddockerfile.port) is " + port + ": a port must be between 1 and 65535."
                + " Set <port>3000</port> or remove it for 3000.", e.getMessage());
        assertEquals(Parameter.PORT, e.parameter());
    }

    @Test
    void idsMustBePositive() throws Exception {
        assertEquals(null, SettingsValidator.id(Parameter.UID, null));
        assertEquals(42, SettingsValidator.id(Parameter.GID, 42));
        var e = assertThrows(ConfigurationException.class, () -> SettingsValidator.id(Parameter.UID, 0));
        assertEquals("<uid> (-Ddockerfile.uid) is 0: the container must not run as root (0) or with a negative id."
                + " Use a positive id such as 10001, or remove it.", e.getMessage());
        assertThrows(ConfigurationException.class, () -> SettingsValidator.id(Parameter.GID, -3));
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
