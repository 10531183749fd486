package dev.dockerfile.maven;

import dev.dockerfile.check.CheckRequest;
import dev.dockerfile.check.CheckResult;
import dev.dockerfile.check.DockerfileChecker;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Defaults;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Reviews Dockerfiles against best practices (hadolint's rules, BuildKit's build checks and this
 * plugin's own), prints findings like a compiler, writes JSON and SARIF reports, and fails the
 * build at {@code failOn}. Never modifies a Dockerfile.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractDockerfileMojo {

    /** Dockerfiles to check. Default: the generated one, and Dockerfile, *.Dockerfile, Dockerfile.* in the module and src/main/docker. */
    @Parameter(property = "dockerfile.check.files")
    List<File> files;

    /** The lowest level that fails the build: error, warning, info, style or none. Default: .hadolint.yaml's failure-threshold, else warning. */
    @Parameter(property = "dockerfile.check.failOn")
    String failOn;

    /** Rule ids to ignore everywhere (added to .hadolint.yaml's ignored). */
    @Parameter(property = "dockerfile.check.ignore")
    List<String> ignore;

    /** Rule id to level (error, warning, info, style, none), over .hadolint.yaml's override. */
    @Parameter
    Map<String, String> severityOverrides;

    /** Label name to the type its value must have (text, url, semver, hash, rfc3339, spdx, email), over .hadolint.yaml's label-schema. */
    @Parameter
    Map<String, String> labelSchema;

    /** Whether labels the schema does not name are findings. Default: .hadolint.yaml's strict-labels, else false. */
    @Parameter(property = "dockerfile.check.strictLabels")
    Boolean strictLabels;

    /**
     * The shellcheck program that checks RUN scripts, as hadolint does (SC findings): a path, or a name on the
     * PATH; none checks without it. Default: shellcheck on the PATH, when there is one.
     */
    @Parameter(property = "dockerfile.check.shellcheck")
    String shellcheck;

    /** Skips the check goal only. */
    @Parameter(property = "dockerfile.check.skip", defaultValue = Defaults.FALSE)
    boolean skipCheck;

    /** Where generate writes; its Dockerfile is checked when it exists. */
    @Parameter(property = "dockerfile.outputDirectory", defaultValue = Defaults.OUTPUT_DIRECTORY)
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skipCheck) {
            getLog().info("dockerfile:check skipped (dockerfile.check.skip is true)");
            return;
        }
        CheckRequest request = new CheckRequest(project.getBasedir().toPath(),
                files == null ? List.of() : files.stream().map(File::toPath).toList(),
                new File(outputDirectory, "Dockerfile").toPath(), failOn, ignore, severityOverrides,
                new File(project.getBuild().getDirectory()).toPath(), shellcheck, labelSchema, strictLabels);
        CheckResult result;
        try {
            result = new DockerfileChecker().check(request);
        } catch (ConfigurationException e) {
            throw new MojoFailureException("dockerfile:check: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dockerfile:check: " + e.getMessage(), e);
        }
        for (CheckResult.Note note : result.notes()) {
            if (note.warning()) {
                getLog().warn("dockerfile:check: " + note.text());
            } else {
                getLog().info("dockerfile:check: " + note.text());
            }
        }
        if (result.configuration() != null) {
            getLog().info("dockerfile:check: using " + result.configuration());
        }
        if (result.files().isEmpty()) {
            getLog().info("dockerfile:check: no Dockerfile found; set <files> to check others");
            return;
        }
        for (CheckResult.Line line : result.lines()) {
            log(line);
        }
        java.nio.file.Path base = project.getBasedir().toPath();
        java.nio.file.Path reports = new File(project.getBuild().getDirectory()).toPath();
        getLog().info("dockerfile:check: " + result.summary() + "; reports in "
                + (reports.startsWith(base) ? base.relativize(reports) : reports));
        if (result.failed()) {
            throw new MojoFailureException("dockerfile:check: " + result.summary() + ". Fix the findings above; to"
                    + " accept one, put `# hadolint ignore=<id>` above its instruction, list it in <ignore> or"
                    + " .hadolint.yaml, or raise <failOn>.");
        }
    }

    /**
     * Maven's level follows the finding's own severity, not whether it fails the build: [ERROR] only for
     * errors, as readers and log scanners take it; info and style are advice, so [INFO]. The failure
     * message below says what failed, and the summary counts each level.
     */
    private void log(CheckResult.Line line) {
        switch (line.severity()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }
}
