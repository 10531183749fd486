package dev.dockerfile.lint.rules.buildkit;

import dev.dockerfile.lint.Rule;
import java.util.List;

/**
 * The rules of this group, for {@code Rules.all()}: Docker BuildKit's build checks, under BuildKit's
 * names. MaintainerDeprecated and DuplicateStageName are covered by hadolint's DL4000 and DL3024.
 */
public final class BuildKitRules {
    private BuildKitRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new InconsistentInstructionCasing(),
                new StageNameNotLowercase(),
                new FromAsCasingMismatch(),
                new ShellFormCommand(),
                new LegacyKeyValueSeparator(),
                new UndefinedVariable(),
                new UndeclaredArgInFrom(),
                new RelativeWorkdir(),
                new SecretInArgOrEnv(),
                new ExposeProtocolCasing(),
                new ExposeHostMapping(),
                new ConstantFromPlatform(),
                new InvalidDefaultImageFromArg(),
                new RedundantTargetPlatformFlag(),
                new ReservedStageNameUsed(),
                new EmptyContinuationLine(),
                new MultipleInstructionsDisallowed(),
                new CopyIgnoredFile(),
                new InvalidDefinitionDescription());
    }
}
