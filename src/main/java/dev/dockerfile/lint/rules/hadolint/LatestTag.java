package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.image.ImageReference;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.List;

/** DL3007: FROM an image tagged {@code latest} (without a digest pinning it). */
final class LatestTag extends Rule {
    LatestTag() {
        super("DL3007", Severity.WARNING, "Using latest is prone to errors if the image will ever update",
                "`latest` moves with every release of the base image, so two builds of the same Dockerfile differ",
                "Pin the version explicitly to a release tag, e.g. `FROM debian:12-slim`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        for (Stage stage : stages) {
            String image = stage.image();
            if (image.isEmpty() || StageNames.namesEarlierStage(dockerfile, stage.index(), image)) {
                continue;
            }
            ImageReference reference = ImageReference.split(image);
            if ("latest".equals(reference.tag()) && reference.digest() == null) {
                findings.add(this, stage.from().startLine(), "FROM " + image + " uses the `latest` tag, which"
                        + " changes whenever the image is updated. Pin a release tag instead of `latest`.");
            }
        }
    }
}
