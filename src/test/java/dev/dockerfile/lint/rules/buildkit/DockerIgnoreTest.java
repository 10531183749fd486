package dev.dockerfile.lint.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerIgnoreTest {
    private static DockerIgnore of(String... lines) {
        return DockerIgnore.read(List.of(lines));
    }

    @Test
    void plainPatternsExcludeThePathAndWhatIsUnderIt() {
        DockerIgnore ignore = of("target", "/docs/", "./build/../out");
        assertTrue(ignore.excludes("target"));
        assertTrue(ignore.excludes("target/classes/App.class"));
        assertTrue(ignore.excludes("docs/index.md"));
        assertTrue(ignore.excludes("out/app.jar"));
        assertFalse(ignore.excludes("src/target"));
        assertFalse(ignore.excludes("targets"));
        assertFalse(ignore.excludes("/target"));
    }

    @Test
    void starAndQuestionMarkStayInOneSegment() {
        DockerIgnore ignore = of("*.log", "src/*/gen", "v?.txt");
        assertTrue(ignore.excludes("debug.log"));
        assertFalse(ignore.excludes("logs/debug.log"));
        assertTrue(ignore.excludes("src/main/gen/A.java"));
        assertFalse(ignore.excludes("src/main/java/gen"));
        assertTrue(ignore.excludes("v1.txt"));
        assertFalse(ignore.excludes("v10.txt"));
    }

    @Test
    void doubleStarSpansSegments() {
        DockerIgnore ignore = of("**/node_modules", "cache/**", "**.tmp", "a/**/z");
        assertTrue(ignore.excludes("node_modules"));
        assertTrue(ignore.excludes("web/app/node_modules/x.js"));
        assertTrue(ignore.excludes("cache/"));
        assertTrue(ignore.excludes("cache/x/y"));
        assertTrue(ignore.excludes("deep/down/file.tmp"));
        assertTrue(ignore.excludes("a/z"));
        assertTrue(ignore.excludes("a/b/c/z"));
        assertFalse(ignore.excludes("b/z"));
        assertTrue(of("**").excludes("anything/at/all"));
    }

    @Test
    void theLastDecidingPatternWins() {
        DockerIgnore ignore = of("*.md", "!README.md", "README.md");
        assertTrue(ignore.hasExceptions());
        assertTrue(ignore.excludes("README.md"));
        DockerIgnore exception = of("docs", "!docs/api");
        assertTrue(exception.excludes("docs/guide.md"));
        assertFalse(exception.excludes("docs/api"));
        assertTrue(of("!keep", "keep").excludes("keep"));
    }

    @Test
    void commentsBlankLinesAndEscapes() {
        DockerIgnore ignore = of("\uFEFF# build output", "", "   ", " #not-a-comment ", "\\*literal", "a.b+c", "x(1)");
        assertTrue(ignore.excludes("#not-a-comment"));
        assertTrue(ignore.excludes("*literal"));
        assertFalse(ignore.excludes("xliteral"));
        assertTrue(ignore.excludes("a.b+c"));
        assertFalse(ignore.excludes("aXb+c"));
        assertTrue(ignore.excludes("x(1)"));
        assertFalse(of("# all comments", "#*").excludes("a"));
        assertFalse(of("[a-z").excludes("b"));
        assertFalse(of("!", "*").excludes("b"));
        assertTrue(of("[a-c]at").excludes("bat"));
    }

    @Test
    void rootPatterns() {
        assertTrue(of("*").excludesEveryRootEntry());
        assertTrue(of("/**/*").excludesEveryRootEntry());
        assertFalse(of(".*").excludesEveryRootEntry());
        assertFalse(of("!*").excludesEveryRootEntry());
    }

    @Test
    void cleanIsGosPathClean() {
        assertEquals(".", DockerIgnore.clean(""));
        assertEquals(".", DockerIgnore.clean("./"));
        assertEquals("/", DockerIgnore.clean("/.."));
        assertEquals("..", DockerIgnore.clean("../a/.."));
        assertEquals("../../b", DockerIgnore.clean("../../b"));
        assertEquals("a/c", DockerIgnore.clean("a//b/../c/."));
        assertEquals("/x", DockerIgnore.clean("//x/"));
    }
}
