package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Rule;
import java.util.ArrayList;
import java.util.List;

/** The rules of this group, for {@code Rules.all()}. */
public final class HadolintInstructionRules {
    private HadolintInstructionRules() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(
                new InlineIgnorePragma(),
                new RelativeWorkdir(),
                new LastUserRoot(),
                new UntaggedImage(),
                new LatestTag(),
                new CopiedArchiveExtracted(),
                new InvalidExposedPort(),
                new MultipleHealthchecks(),
                new AddForLocalFiles(),
                new CopyManySourcesToFile(),
                new CopyFromUnknownStage(),
                new CopyFromOwnStage(),
                new DuplicateStageName(),
                new ShellFormCommand(),
                new UntrustedRegistry(),
                new FromPlatformFlag(),
                new ForbiddenOnbuildTrigger(),
                new EnvReferencesSameStatement(),
                new CopyRelativeWithoutWorkdir(),
                new InvalidLabelKey(),
                new ConsecutiveRuns(),
                new InstructionBeforeFrom(),
                new DeprecatedMaintainer(),
                new MultipleCmds(),
                new MultipleEntrypoints(),
                new MissingSchemaLabel(),
                new SuperfluousLabel(),
                new EmptySchemaLabel(),
                new MissingHealthcheck(),
                new NonNumericUser(),
                new WholeFilesystemCopied()));
        rules.addAll(InvalidLabelValue.all());
        return List.copyOf(rules);
    }
}
