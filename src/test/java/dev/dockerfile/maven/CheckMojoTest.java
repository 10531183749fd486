package dev.dockerfile.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

@MojoTest
class CheckMojoTest {
    @Inject
    MavenProject project;

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    void failsOnFindingsAndWritesReports(CheckMojo mojo) throws Exception {
        assertEquals(Map.of("DL3002", "error"), mojo.severityOverrides);
        var e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("dockerfile:check: 1 file checked: 1 error, "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(fails on warning). Fix the findings above; to accept one, put"
                + " `# hadolint ignore=<id>` above its instruction, list it in <ignore> or .hadolint.yaml, or raise"
                + " <failOn>."), e.getMessage());
        File target = new File(project.getBuild().getDirectory());
        assertTrue(Files.readString(new File(target, "dockerfile-check.json").toPath()).contains("\"level\": \"error\""));
        assertTrue(new File(target, "dockerfile-check.sarif").isFile());
        assertEquals("FROM debian:12\nUSER root\n", Files.readString(new File(project.getBasedir(), "Dockerfile").toPath()));
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "none")
    void failOnNoneOnlyReports(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skipCheck", value = "true")
    void skipCheckDoesNothing(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "loud")
    void badFailOnNamesTheParameter(CheckMojo mojo) {
        var e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("dockerfile:check: <failOn> (-Ddockerfile.check.failOn) is 'loud': use error, warning (the default),"
                + " info, style or none.", e.getMessage());
    }

    /** Keeps what is logged, each line with its level. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }
    }

    /** A directory with a space: the level once came from splitting the printed line at spaces. */
    @Test
    @Basedir("/unit/check levels")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "none")
    @MojoParameter(name = "ignore", value = "DL9999")
    void theLogLevelIsTheFindingsSeverityAndUnknownIdsAreWarnings(CheckMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        List<String> findings = log.lines.stream().filter(l -> l.contains("Dockerfile:")).toList();
        assertTrue(findings.stream().anyMatch(l -> l.startsWith("[ERROR] Dockerfile:2 DL3002 error  ")), findings.toString());
        assertTrue(findings.stream().anyMatch(l -> l.startsWith("[WARNING] Dockerfile:1 DL3007 warning  ")), findings.toString());
        assertTrue(findings.stream().anyMatch(l -> l.startsWith("[INFO] Dockerfile:1 DF006 info  ")), findings.toString());
        assertTrue(log.lines.contains("[WARNING] dockerfile:check: <ignore> (-Ddockerfile.check.ignore): DL9999 names no"
                + " rule of this plugin, so it applies to nothing; did you mean DL3009?"), log.lines.toString());
    }
}
