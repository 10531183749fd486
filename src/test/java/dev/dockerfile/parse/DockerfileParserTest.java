package dev.dockerfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edge cases of BuildKit's parser, each pinned to exact lines and values. */
class DockerfileParserTest {

    private static Dockerfile parse(String text) throws DockerfileParseException {
        return DockerfileParser.parse(text);
    }

    private static String summary(Instruction i) {
        return i.startLine() + "-" + i.endLine() + " " + i.keyword() + " " + i.arguments();
    }

    @Test
    void continuationsJoinAndKeepTheirLines() throws Exception {
        Dockerfile d = parse("FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\nUSER 1\n");
        assertEquals(List.of("1-1 FROM debian:12", "2-3 RUN apt-get update     && apt-get install -y curl", "4-4 USER 1"),
                d.instructions().stream().map(DockerfileParserTest::summary).toList());
    }

    @Test
    void trailingBlanksAfterTheEscapeStillContinue() throws Exception {
        Dockerfile d = parse("FROM a:1\nRUN echo a \\   \n  b\n");
        assertEquals("2-3 RUN echo a   b", summary(d.instructions().get(1)));
    }

    @Test
    void commentsAndBlankLinesInsideContinuationsAreDropped() throws Exception {
        Dockerfile d = parse("FROM a:1\nRUN one \\\n# a comment\n\n  && two\nCMD x\n");
        assertEquals("2-5 RUN one   && two", summary(d.instructions().get(1)));
        assertEquals(List.of(new Comment(3, "a comment")), d.comments());
        assertEquals(List.of(4), d.emptyContinuationLines());
    }

    @Test
    void bomCrlfAndLowerCaseKeywords() throws Exception {
        Dockerfile d = parse("\uFEFFfrom a:1 as Build\r\nrun echo hi \\\r\n  there\r\n");
        assertEquals("FROM", d.instructions().get(0).keyword());
        assertEquals("from", d.instructions().get(0).written());
        assertEquals("2-3 RUN echo hi   there", summary(d.instructions().get(1)));
        assertEquals("Build", d.stages().get(0).name());
        assertTrue(d.stages().get(0).isNamed("build"));
    }

    @Test
    void linesEndAtLfOnlyAsInBuildKit() throws Exception {
        Dockerfile crlf = parse("FROM a:1\r\nRUN echo a\rb\r\n\r\nCMD x\r");
        assertEquals(List.of("FROM a:1", "RUN echo a\rb", "", "CMD x"), crlf.lines());
        assertEquals("4-4 CMD x", summary(crlf.instructions().get(2)));
        // Old Mac line ends: BuildKit reads one line, "FROM alpine:3.19\rRUN echo hi" (DF010 reports its FROM).
        Dockerfile crOnly = parse("FROM alpine:3.19\rRUN echo hi\r");
        assertEquals(List.of("FROM alpine:3.19\rRUN echo hi"), crOnly.lines());
        assertEquals(List.of("1-1 FROM alpine:3.19\rRUN echo hi"),
                crOnly.instructions().stream().map(DockerfileParserTest::summary).toList());
        var comment = assertThrows(DockerfileParseException.class, () -> parse("# a comment\rFROM a:1\r"));
        assertTrue(comment.problem().startsWith("the file has no instructions (the line holds carriage returns"),
                comment.problem());
    }

    @Test
    void directivesOnlyAtTheTop() throws Exception {
        Dockerfile d = parse("# syntax=docker/dockerfile:1\n#escape=`\n# check=skip=JSONArgsRecommended\n\n# escape=\\\nFROM a:1\n");
        assertEquals(Map.of("syntax", "docker/dockerfile:1", "escape", "`", "check", "skip=JSONArgsRecommended"),
                d.directives());
        assertEquals('`', d.escape());
        assertEquals(List.of(new Comment(5, "escape=\\")), d.comments());
        Dockerfile late = parse("FROM a:1\n# escape=`\nRUN a \\\n b\n");
        assertEquals('\\', late.escape());
        assertEquals(Map.of(), late.directives());
    }

    @Test
    void unknownDirectiveEndsTheDirectiveSection() throws Exception {
        Dockerfile d = parse("# foo=bar\n# escape=`\nFROM a:1\n");
        assertEquals(Map.of(), d.directives());
        assertEquals(2, d.comments().size());
    }

    @Test
    void backtickEscapeForWindows() throws Exception {
        Dockerfile d = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Write-Host a; `\n    Write-Host b\nCOPY C:\\src C:\\dst\n");
        assertEquals("3-4 RUN Write-Host a;     Write-Host b", summary(d.instructions().get(1)));
        assertEquals("C:\\src C:\\dst", d.instructions().get(2).arguments());
    }

    @Test
    void flagsAreSeparatedFromArguments() throws Exception {
        Instruction copy = parse("FROM a:1\nCOPY --from=build --chown=1:1 --link /a /b\n").instructions().get(1);
        assertEquals(List.of(new Flag("from", "build"), new Flag("chown", "1:1"), new Flag("link", null)), copy.flags());
        assertEquals("/a /b", copy.arguments());
        assertEquals("build", copy.flagValue("from"));
        assertEquals("", copy.flagValue("link"));
        assertNull(copy.flagValue("chmod"));
        Instruction run = parse("FROM a:1\nRUN --mount=type=cache,target=/root/.m2 mvn package\n").instructions().get(1);
        assertEquals("type=cache,target=/root/.m2", run.flagValue("mount"));
        assertEquals("mvn package", run.command());
    }

    @Test
    void execFormIsJsonAndInvalidJsonFallsBackToShellForm() throws Exception {
        Dockerfile d = parse("FROM a:1\nCMD [\"java\", \"-jar\", \"a b.jar\", \"\\u0041\\n\"]\nENTRYPOINT ['single', 'quotes']\n"
                + "RUN [ \"$X\" = 1 ] && echo\nHEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"x\"]\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nCMD []\n");
        assertEquals(List.of("java", "-jar", "a b.jar", "A\n"), d.instructions().get(1).execForm());
        assertFalse(d.instructions().get(2).isExecForm());
        assertFalse(d.instructions().get(3).isExecForm());
        assertEquals(List.of("curl", "-f", "x"), d.instructions().get(4).execForm());
        assertEquals("5s", d.instructions().get(4).flagValue("interval"));
        assertEquals(List.of("/bin/bash", "-o", "pipefail", "-c"), d.instructions().get(5).execForm());
        assertEquals(List.of(), d.instructions().get(6).execForm());
        assertEquals("java -jar a b.jar A\n", d.instructions().get(1).command());
    }

    @Test
    void heredocs() throws Exception {
        Dockerfile d = parse("FROM a:1\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"
                + "COPY <<-\"CONF\" <<'two' /etc/\n\tkey=$value\n\tCONF\nsecond\ntwo\nUSER 1\n");
        Instruction run = d.instructions().get(1);
        assertEquals(2, run.startLine());
        assertEquals(5, run.endLine());
        assertEquals(List.of(new Heredoc("EOF", "apt-get update\napt-get install -y curl\n", true, false)), run.heredocs());
        Instruction copy = d.instructions().get(2);
        assertEquals(6, copy.startLine());
        assertEquals(10, copy.endLine());
        assertEquals(List.of(new Heredoc("CONF", "key=$value\n", false, true), new Heredoc("two", "second\n", false, false)),
                copy.heredocs());
        assertEquals("11-11 USER 1", summary(d.instructions().get(3)));
    }

    @Test
    void heredocMarkersOnlyCountAsWholeWordsOfRunCopyAdd() throws Exception {
        Dockerfile d = parse("FROM a:1\nRUN cat<<EOF\nENV X=\"<<EOF\"\nLABEL a=b\n");
        assertEquals(4, d.instructions().size());
        assertEquals(List.of(), d.instructions().get(1).heredocs());
    }

    @Test
    void envAndLabelPairsIncludingLegacyForm() throws Exception {
        Dockerfile d = parse("FROM a:1\nENV A=1 B=\"two words\" C=a\\ b D='$x'\nENV LEGACY some value here\n"
                + "LABEL \"com.example.key\"=\"v\" other=x\nARG VERSION=1.0 NAME\n");
        assertEquals(List.of(new KeyValue("A", "1", "1"), new KeyValue("B", "two words", "\"two words\""),
                new KeyValue("C", "a b", "a\\ b"), new KeyValue("D", "$x", "'$x'")), d.instructions().get(1).pairs());
        assertEquals(List.of(new KeyValue("LEGACY", "some value here", "some value here")), d.instructions().get(2).pairs());
        assertEquals("com.example.key", d.instructions().get(3).pairs().get(0).key());
        assertEquals(List.of(new KeyValue("VERSION", "1.0", "1.0"), new KeyValue("NAME", null, null)),
                d.instructions().get(4).pairs());
    }

    @Test
    void onbuildWrapsItsTrigger() throws Exception {
        Instruction onbuild = parse("FROM a:1\nONBUILD COPY --chown=1 . /app\n").instructions().get(1);
        assertEquals("ONBUILD", onbuild.keyword());
        assertEquals("COPY", onbuild.trigger().keyword());
        assertEquals("1", onbuild.trigger().flagValue("chown"));
        assertEquals(". /app", onbuild.trigger().arguments());
    }

    @Test
    void stagesAndGlobalArgs() throws Exception {
        Dockerfile d = parse("ARG BASE=debian:12\nFROM ${BASE} AS build\nRUN make\nFROM scratch\nCOPY --from=build /a /a\n");
        assertEquals(1, d.globalInstructions().size());
        List<Stage> stages = d.stages();
        assertEquals(2, stages.size());
        assertEquals("${BASE}", stages.get(0).image());
        assertEquals("build", stages.get(0).name());
        assertEquals(1, stages.get(0).instructions().size());
        assertNull(stages.get(1).name());
    }

    @Test
    void unknownKeywordsAreKeptForTheRulesToReport() throws Exception {
        Dockerfile d = parse("FROM a:1\n{{ if .x }}\nesac \\\n  done\n");
        assertEquals(List.of("FROM", "{{", "ESAC"), d.instructions().stream().map(Instruction::keyword).toList());
    }

    @Test
    void continuationAtEndOfFileEndsTheInstruction() throws Exception {
        Dockerfile d = parse("FROM a:1\nRUN echo \\\n");
        assertEquals("2-2 RUN echo", summary(d.instructions().get(1)));
        Dockerfile trailingComment = parse("FROM a:1\nRUN echo \\\n# only a comment\n");
        assertEquals("2-3 RUN echo", summary(trailingComment.instructions().get(1)));
    }

    @Test
    void errorsCarryTheirLine() {
        var heredoc = assertThrows(DockerfileParseException.class, () -> parse("FROM a:1\n\nRUN <<EOF\necho\n"));
        assertEquals("line 3: unterminated heredoc <<EOF: no line 'EOF' ends it", heredoc.getMessage());
        assertEquals(3, heredoc.line());
        var escape = assertThrows(DockerfileParseException.class, () -> parse("# escape=x\nFROM a:1\n"));
        assertEquals("line 1: invalid escape token 'x': use \\ or `", escape.getMessage());
        var twice = assertThrows(DockerfileParseException.class, () -> parse("# escape=`\n# escape=`\nFROM a:1\n"));
        assertEquals(2, twice.line());
        var empty = assertThrows(DockerfileParseException.class, () -> parse("# only\n\n"));
        assertEquals("line 2: the file has no instructions", empty.getMessage());
        var env = assertThrows(DockerfileParseException.class, () -> parse("FROM a:1\nENV A=1 B\n"));
        assertEquals("line 2: ENV syntax error: can't find = in 'B'. Must be of the form: name=value", env.getMessage());
        var legacy = assertThrows(DockerfileParseException.class, () -> parse("FROM a:1\n\nLABEL lonely\n"));
        assertEquals("line 3: LABEL lonely has no value: write LABEL lonely=value", legacy.getMessage());
        var none = assertThrows(DockerfileParseException.class, () -> parse("FROM a:1\nENV\n"));
        assertEquals("line 2: ENV requires at least one argument", none.getMessage());
    }

    @Test
    void wordsAndUnquote() {
        assertEquals(List.of("a", "\"b c\"", "'d e'", "f\\ g"), Words.split("a \"b c\" 'd e' f\\ g"));
        assertEquals("b c", Words.unquote("\"b c\"", '\\'));
        assertEquals("a\\b", Words.unquote("'a\\b'", '\\'));
        assertEquals("x\"y", Words.unquote("\"x\\\"y\"", '\\'));
    }
}
