package dev.dockerfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where BuildKit's parser reads a line differently from what it looks like: flag ends, escaped escapes, JSON. */
class BuildKitEdgeCasesTest {

    private static Instruction second(String text) throws DockerfileParseException {
        return DockerfileParser.parse(text).instructions().get(1);
    }

    @Test
    void doubleDashEndsTheFlags() throws Exception {
        Instruction copy = second("FROM alpine:3.20\nCOPY --chmod=644 -- app.conf /etc/app/\n");
        assertEquals(List.of(new Flag("chmod", "644")), copy.flags());
        assertEquals("app.conf /etc/app/", copy.arguments());

        Instruction bare = second("FROM alpine:3.20\nCOPY -- --odd-name /srv/\n");
        assertTrue(bare.flags().isEmpty());
        assertEquals("--odd-name /srv/", bare.arguments());
    }

    @Test
    void quotesInFlagsGroupAndAreRemoved() throws Exception {
        Instruction run = second("FROM alpine:3.20\nRUN --mount=type=secret,id=npm,target=\"/run/my token\" \\\n"
                + "    --network='none' npm ci\n");
        assertEquals(List.of(new Flag("mount", "type=secret,id=npm,target=/run/my token"), new Flag("network", "none")),
                run.flags());
        assertEquals("npm ci", run.arguments());
        assertEquals(List.of(new Flag("chown", "a b")), second("FROM alpine:3.20\nCOPY --chown=a\\ b x /y/\n").flags());
    }

    @Test
    void doubleDashBeforeAnEmptyExecForm() throws Exception {
        Instruction cmd = second("FROM alpine:3.20\nCMD --verbose -- [ ]\n");
        assertEquals(List.of(new Flag("verbose", null)), cmd.flags());
        assertEquals(List.of(), cmd.execForm());
    }

    @Test
    void anEscapedEscapeAtTheEndDoesNotContinue() throws Exception {
        Dockerfile d = DockerfileParser.parse("FROM alpine:3.20\nENV DIR=C:\\\\data\\\\\nENV NEXT=own-line\n");
        assertEquals(3, d.instructions().size());
        assertEquals("DIR=C:\\\\data\\\\", d.instructions().get(1).arguments());
        assertEquals(3, d.instructions().get(2).startLine());
    }

    @Test
    void aLoneEscapeLineStillContinues() throws Exception {
        Dockerfile d = DockerfileParser.parse("FROM alpine:3.20\nRUN echo one\\\n\\\ntwo\nUSER 1\n");
        assertEquals("echo onetwo", d.instructions().get(1).arguments());
        assertEquals(5, d.instructions().get(2).startLine());
    }

    @Test
    void theBacktickEscapeFollowsTheSameRule() throws Exception {
        Dockerfile d = DockerfileParser.parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "RUN echo ``\nRUN echo a `\n b\n");
        assertEquals(List.of("echo ``", "echo a  b"),
                d.instructions().subList(1, 3).stream().map(Instruction::arguments).toList());
    }

    @Test
    void aJsonArrayWithOtherThanStringsIsAnError() {
        DockerfileParseException e = assertThrows(DockerfileParseException.class,
                () -> DockerfileParser.parse("FROM alpine:3.20\nENTRYPOINT [\"run\", [\"inner\"], 3]\n"));
        assertEquals(2, e.line());
        assertEquals(JsonArray.NOT_STRINGS, e.problem());
        assertThrows(DockerfileParseException.class,
                () -> DockerfileParser.parse("FROM alpine:3.20\nCMD [{\"a\": [1, -2.5e3, true, null]}]\n"));
    }

    @Test
    void checkOptionsAsBuildKitReadsThem() {
        CheckOptions options = CheckOptions.parse(" skip = A, B ;experimental=all; error=True");
        assertEquals(new CheckOptions(false, List.of("A", "B"), true, List.of()), options);
        assertTrue(CheckOptions.parse("skip=all").skipAll());
        assertEquals("invalid check option \"skip\"", assertThrows(IllegalArgumentException.class,
                () -> CheckOptions.parse("skip")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CheckOptions.parse("error=yes"));
        assertThrows(IllegalArgumentException.class, () -> CheckOptions.parse("ignore=A"));
    }

    @Test
    void checkCommentsAndExperimentalChecks() {
        assertEquals("skip=A", CheckOptions.ofComment("check=skip=A // not here"));
        assertEquals("skip=A,B", CheckOptions.ofComment(" CHECK = skip=A,B"));
        assertEquals(null, CheckOptions.ofComment("checks=skip=A"));
        assertEquals(null, CheckOptions.ofComment("hadolint ignore=DL3008"));
        assertTrue(CheckOptions.enablesExperimental("experimental=X,Y", "Y"));
        assertTrue(CheckOptions.enablesExperimental("skip=all;experimental=all", "X"));
        assertEquals(false, CheckOptions.enablesExperimental("experimental=X;bogus=1", "X"), "BuildKit rejects it");
        assertEquals(false, CheckOptions.enablesExperimental(null, "X"));
    }

    @Test
    void textThatIsNotJsonStaysShellForm() throws Exception {
        assertNull(second("FROM alpine:3.20\nCMD [ echo, [ \"x\" ] ]\n").execForm());
        assertNull(second("FROM alpine:3.20\nCMD [\"a\", [\"b\"]\n").execForm());
        assertNull(second("FROM alpine:3.20\nCMD [\"a\", 01x]\n").execForm());
        assertEquals(List.of("a", "b"), second("FROM alpine:3.20\nCMD [\"a\" , \"b\"]\n").execForm());
    }
}
