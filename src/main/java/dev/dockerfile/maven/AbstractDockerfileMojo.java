package dev.dockerfile.maven;

import dev.dockerfile.config.Defaults;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Handles what every goal shares: {@code dockerfile.skip}, logged so a skipped build says why. */
public abstract class AbstractDockerfileMojo extends AbstractMojo {

    /** Skips every goal of this plugin. */
    @Parameter(property = "dockerfile.skip", defaultValue = Defaults.FALSE)
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dockerfile: skipped (dockerfile.skip is true)");
            skipped();
            return;
        }
        run();
    }

    /** What a goal does when skipped: by default, nothing. */
    protected void skipped() throws MojoExecutionException, MojoFailureException {
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
