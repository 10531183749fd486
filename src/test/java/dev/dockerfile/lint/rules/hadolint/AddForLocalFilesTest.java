package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddForLocalFilesTest {
    private final AddForLocalFiles rule = new AddForLocalFiles();

    @Test
    void catchesAddOfPlainFiles() {
        assertEquals(List.of("2 DL3020"), lines(rule, "FROM debian:12\nADD app.jar /app/\n"));
        assertEquals(List.of("2 DL3020"), lines(rule, "FROM debian:12\nADD --chown=1:1 [\"src\", \"/src\"]\n"));
        assertEquals(List.of("2 DL3020"), lines(rule, "FROM debian:12\nADD rootfs.tar.gz conf/ /\n"));
        assertEquals(List.of("2 DL3020"), lines(rule, "FROM debian:12\nADD bundle.zip /opt/\n"));
        assertEquals(List.of("2 DL3020"), lines(rule, "FROM debian:12\nONBUILD ADD . /app\n"));
    }

    @Test
    void passesUrlsArchivesAndVariables() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nADD https://example.com/tool.bin /usr/local/bin/tool\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nADD rootfs.tar.xz /\nADD app.tgz /opt/\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nADD git@github.com:moby/buildkit.git /src\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nADD ${DOWNLOAD_URL} /tmp/\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY app.jar /app/\nRUN echo ADD x y\n"));
    }
}
