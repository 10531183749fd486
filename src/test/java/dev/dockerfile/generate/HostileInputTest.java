package dev.dockerfile.generate;

import dev.dockerfile.image.ImageReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.config.Settings;
import dev.dockerfile.model.DependencyResolver;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.PlanAssembler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a hostile or careless configuration gets: a refusal naming the parameter and nothing written, or data. */
class HostileInputTest {
    private static final DependencyResolver NO_DEPENDENCIES = List::of;
    /** What {@code docker build -t} accepts (name and tag), from Docker's reference grammar. */
    private static final Pattern DOCKER_TAG = Pattern.compile(
            "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    @TempDir
    Path module;

    private Path out() {
        return module.resolve("target/docker");
    }

    private String generate(ProjectInfo project, UnaryOperator<Settings.Builder> settings) throws Exception {
        new DockerfileGenerator().generate(project, settings.apply(Settings.builder(out())).build(), NO_DEPENDENCIES);
        return Files.readString(out().resolve("Dockerfile"));
    }

    private ConfigurationException refused(ProjectInfo project, UnaryOperator<Settings.Builder> settings) {
        var e = assertThrows(ConfigurationException.class, () -> generate(project, settings));
        assertFalse(Files.exists(out().resolve("Dockerfile")), "nothing written");
        return e;
    }

    private ProjectInfo java() {
        return Projects.at(module).artifactId("svc").mainClass("com.example.Main").build();
    }

    @Test
    void aNestedClassTrainedByCdsIsShellQuoted() throws Exception {
        String dockerfile = generate(java(), s -> s.mainClass("rt.Main$Inner").cds(true)
                .jvmOptions("-Dgreeting='$HOME;id' -XX:MaxRAMPercentage=75"));
        String training = dockerfile.lines().filter(l -> l.contains("ArchiveClassesAtExit")).findFirst().orElseThrow();
        assertTrue(training.contains(" \"rt.Main\\$Inner\""), training);
        // The exec form needs no shell quoting: there the name is one JSON string.
        assertTrue(dockerfile.contains("\"rt.Main$Inner\"]"), dockerfile);
    }

    @Test
    void aValueLongerThanALineIsRefusedWithTheParameter() {
        var e = refused(java(), s -> s.labels(Map.of("note", "x".repeat(70_000))));
        assertEquals(Parameter.LABELS, e.parameter());
        assertTrue(e.getMessage().contains("is 70000 bytes long"), e.getMessage());
    }

    @Test
    void manyValuesOnOneLineAreRefusedBeforeBuildKitWould() {
        // Each value fits; JSON escaping doubles the quotes, so the exec form's line does not.
        var e = refused(java(), s -> s.command("java '" + "\"".repeat(40_000) + "'"));
        assertTrue(e.getMessage().matches("The configuration gives a Dockerfile whose line \\d+ \\(ENTRYPOINT\\) is \\d+ bytes"
                + " long; BuildKit refuses lines over 65535 bytes\\..*"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "nobody", "daemon", "www-data", "node", "ubuntu", "users"})
    void aUserTheBaseImageAlreadyHasIsRefused(String name) {
        var e = refused(java(), s -> s.user(name));
        assertEquals(Parameter.USER, e.parameter());
        assertEquals("<user> (-Ddockerfile.user) is '" + name + "', which base images such as eclipse-temurin:17-jre"
                + " already use for a system account, so creating the service's user there fails. Choose another,"
                + " e.g. <user>app</user> with <uid>10001</uid>, or remove it for those defaults.", e.getMessage());
    }

    @Test
    void systemIdsAreRefusedButDistrolessKeepsItsBuiltInUser() throws Exception {
        assertEquals(Parameter.UID, refused(java(), s -> s.uid(65534)).parameter());
        assertEquals(Parameter.GID, refused(java(), s -> s.gid(1)).parameter());
        String distroless = generate(java(), s -> s.runtimeImage("gcr.io/distroless/java17-debian12:nonroot")
                .builderImage("maven:3.9-eclipse-temurin-17"));
        assertTrue(distroless.contains("USER 65532:65532"), distroless);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[\"python\", \"-m\", \"app\"]",
        "python -m app && echo done",
        "python -m app || true",
        "python -m app; echo done",
        "python -m app > /tmp/log",
        "python -m app --port $PORT",
        "python -m app --port \"${PORT}\"",
        "python -m app ''",
        "python `which app`"})
    void aCommandThatNeedsAShellIsRefusedWithTheFix(String command) {
        var e = refused(java(), s -> s.command(command));
        assertEquals(Parameter.COMMAND, e.parameter());
        assertTrue(e.getMessage().contains("JSON array") || e.getMessage().contains("empty word")
                || e.getMessage().contains("runs in exec form, without a shell"), e.getMessage());
    }

    @Test
    void theUsualHealthcheckIsExplainedAndItsShellFormAccepted() throws Exception {
        var e = refused(java(), s -> s.healthcheck("curl -f http://127.0.0.1:3000/ || exit 1"));
        assertEquals("<healthcheck> (-Ddockerfile.healthcheck) has '|' (a shell operator) in 'curl -f"
                + " http://127.0.0.1:3000/ || exit 1', but the command runs in exec form, without a shell, so it would"
                + " reach the program as a plain word. Write one program and its arguments; to use a shell, write"
                + " sh -c '...' (single quotes keep it for the shell), or quote the character ('$', \\;) when it is"
                + " meant literally.", e.getMessage());
        String dockerfile = generate(java(), s -> s.healthcheck("sh -c 'curl -f http://127.0.0.1:$PORT/ || exit 1'")
                .command("java -cp 'app.jar:lib/*' 'rt.Main$Inner' \\; done"));
        assertTrue(dockerfile.contains("CMD [\"sh\", \"-c\", \"curl -f http://127.0.0.1:$PORT/ || exit 1\"]"), dockerfile);
        assertTrue(dockerfile.contains("[\"java\", \"-cp\", \"app.jar:lib/*\", \"rt.Main$Inner\", \";\", \"done\"]"),
                dockerfile);
    }

    @Test
    void mapParametersAreNamedWithoutAPropertyTheyDoNotHave() {
        var e = refused(java(), s -> s.env(Map.of("1BAD", "x")));
        assertEquals("<env> has the key '1BAD', which is not allowed: use letters, digits and '_', not starting"
                + " with a digit.", e.getMessage());
        assertFalse(refused(java(), s -> s.labels(Map.of("a b", "x"))).getMessage().contains("-D"));
    }

    @Test
    void anOutputDirectoryThatIsAFileIsNamedAsSuch() throws Exception {
        Files.createDirectories(module.resolve("target"));
        Files.writeString(module.resolve("target/docker"), "a file");
        var e = assertThrows(ConfigurationException.class, () -> generate(java(), s -> s));
        assertEquals(Parameter.OUTPUT_DIRECTORY, e.parameter());
        assertTrue(e.getMessage().contains("but that is a file, not a directory"), e.getMessage());
        var parent = assertThrows(ConfigurationException.class, () -> new DockerfileGenerator().generate(java(),
                Settings.builder(module.resolve("target/docker/sub")).build(), NO_DEPENDENCIES));
        assertTrue(parent.getMessage().contains("docker is a file, not a directory"), parent.getMessage());
        assertEquals("a file", Files.readString(module.resolve("target/docker")));
    }

    @Test
    void theSuggestedTagIsOneDockerAccepts() {
        for (String[] coordinates : new String[][] {
            {"-Orders..Service__", "-1.0+build"}, {".svc", ".hidden"}, {"UPPER_case", "1.0-SNAPSHOT"},
            {"a___b", "v" + "9".repeat(200)}, {"__", ""}, {"x-_-y", "..."}}) {
            String tag = PlanAssembler.imageTag(Projects.at(module).artifactId(coordinates[0]).version(coordinates[1])
                    .build());
            assertTrue(DOCKER_TAG.matcher(tag).matches(), coordinates[0] + " " + coordinates[1] + " -> " + tag);
            assertTrue(ImageReference.isValid(tag), "the checker's grammar accepts what the generator suggests: " + tag);
        }
        assertEquals("orders-service:1.0-build", PlanAssembler.imageTag(Projects.at(module)
                .artifactId("-Orders..Service__").version("-1.0+build").build()));
        assertEquals("svc:1.2.3", PlanAssembler.imageTag(Projects.at(module).artifactId("svc").version("1.2.3").build()));
    }

    @Test
    void severalPortsAndProtocolsAreExposedTheFirstBeingTheServices() throws Exception {
        String dockerfile = generate(java(), s -> s.port("8080 9090/udp 8443"));
        assertTrue(dockerfile.contains("EXPOSE 8080 9090/udp 8443\n"), dockerfile);
        assertTrue(dockerfile.contains("PORT=\"8080\""), dockerfile);
        var e = assertThrows(ConfigurationException.class, () -> generate(java(), s -> s.port("30OO")));
        assertEquals(Parameter.PORT, e.parameter());
    }

    @Test
    void aPythonVersionFileThatIsNotUtf8NamesItself() throws Exception {
        Path python = GoldenFilesTest.copy("python-app", module);
        Files.write(python.resolve(".python-version"), new byte[] {'3', '.', '1', '2', '\n', (byte) 0xC3, '(', '\n'});
        var e = assertThrows(ConfigurationException.class,
                () -> generate(Projects.at(python).artifactId("py").packaging("pom").build(), s -> s));
        assertNull(e.parameter());
        assertEquals(".python-version is not UTF-8 text: line 2 has the byte 0xC3 (offset 5), which UTF-8 does not"
                + " allow there. Save the file as UTF-8.", e.getMessage());
    }

}
