package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.image.ImageReference;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Stage;
import java.util.List;

/** DL3006: FROM an image without a tag or digest. */
final class UntaggedImage extends Rule {
    UntaggedImage() {
        super("DL3006", Severity.WARNING, "Always tag the version of an image explicitly",
                "an untagged FROM means `latest`, which moves: the next build silently uses another base image",
                "Add a tag (`FROM debian:12-slim`) or a digest (`@sha256:...`).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        List<Stage> stages = dockerfile.stages();
        for (Stage stage : stages) {
            String image = stage.image();
            if (image.isEmpty() || image.equalsIgnoreCase("scratch") || ImageReference.hasVariable(image)
                    || StageNames.namesEarlierStage(dockerfile, stage.index(), image)) {
                continue;
            }
            ImageReference reference = ImageReference.split(image);
            if (reference.tag() == null && reference.digest() == null) {
                findings.add(this, stage.from().startLine(), "FROM " + image + " has no tag, so it means `latest`"
                        + " and changes under you. Pin a version: `FROM " + image + ":<version>`.");
            }
        }
    }
}
