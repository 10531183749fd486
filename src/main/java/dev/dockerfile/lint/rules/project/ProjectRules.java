package dev.dockerfile.lint.rules.project;

import dev.dockerfile.lint.Rule;
import java.util.List;

/**
 * The rules of this group, for {@code Rules.all()}: this project's DF rules for optimized,
 * cache-friendly, non-root, minimal images.
 */
public final class ProjectRules {
    private ProjectRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new SingleStageBuild(),
                new BuildImageInFinalStage(),
                new SourceCopiedBeforeDependencies(),
                new WholeContextWithoutIgnoreFile(),
                new NonNumericFinalUser(),
                new NoExposeInFinalStage(),
                new PackageCacheInFinalImage(),
                new UnknownInstruction(),
                new LineTooLong(),
                new InvalidFromArguments());
    }
}
