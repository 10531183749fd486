package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.analysis.HadolintStages;
import dev.dockerfile.image.ImageReference;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.analysis.GlobalArgs;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * DL3026: an image pulled from a registry that is not in {@link LintContext#trustedRegistries()}.
 * Off while that set is empty. Checks FROM, {@code COPY --from=<image>} and {@code RUN --mount=from=<image>};
 * stage names, stage indexes and {@code scratch} are not images. Unqualified names live on
 * {@code docker.io}. A FROM whose image is a global ARG is checked with the ARG's default; one that
 * stays unknown is skipped. A trusted entry may be {@code *.example.com} (any subdomain),
 * {@code prefix*}, or a registry with a path ({@code gcr.io/distroless}).
 */
final class UntrustedRegistry extends Rule {

    UntrustedRegistry() {
        super("DL3026", Severity.ERROR, "Use only an allowed registry in the FROM image",
                "images from registries outside the trusted list bypass the organisation's scanning and mirroring",
                "Pull the image from one of the trusted registries, or add its registry to the trusted list.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        if (context.trustedRegistries().isEmpty()) {
            return;
        }
        Set<String> trusted = new TreeSet<>();
        for (String registry : context.trustedRegistries()) {
            if (registry != null && !registry.isBlank()) {
                trusted.add(registry.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (trusted.isEmpty()) {
            return;
        }
        GlobalArgs globalArgs = GlobalArgs.of(dockerfile);
        List<Stage> stages = HadolintStages.of(dockerfile);
        for (Stage stage : stages) {
            String image = stage.image();
            String resolved = image.isEmpty() ? null : resolve(image, globalArgs, dockerfile.escape());
            if (resolved != null && !StageNames.namesEarlierStage(dockerfile, stage.index(), image)
                    && !StageNames.namesEarlierStage(dockerfile, stage.index(), resolved)) {
                check(resolved, stage.from().startLine(), "FROM", trusted, findings);
            }
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("COPY")) {
                    String from = instruction.flagValue("from");
                    if (from != null && isImage(stages, from)) {
                        check(from, instruction.startLine(), "COPY --from", trusted, findings);
                    }
                } else if (instruction.is("RUN")) {
                    for (var flag : instruction.flags()) {
                        if (flag.name().equals("mount") && flag.value() != null) {
                            String from = mountFrom(flag.value());
                            if (from != null && isImage(stages, from)) {
                                check(from, instruction.startLine(), "RUN --mount from", trusted, findings);
                            }
                        }
                    }
                }
            }
        }
    }

    private void check(String image, int line, String where, Set<String> trusted, Findings findings) {
        if (image == null || image.isEmpty() || image.equalsIgnoreCase("scratch")
                || ImageReference.hasVariable(image)) {
            return;
        }
        ImageReference reference = ImageReference.split(image);
        if (!isTrusted(reference, trusted)) {
            findings.add(this, line, where + " " + image + " pulls from registry " + reference.registry()
                    + ", which is not trusted (trusted: " + String.join(", ", trusted) + "). Use an image from a"
                    + " trusted registry or add " + reference.registry() + " to the trusted registries.");
        }
    }

    private static boolean isTrusted(ImageReference reference, Set<String> trusted) {
        String registry = reference.registry();
        String fullName = registry + "/" + reference.path().toLowerCase(Locale.ROOT);
        for (String entry : trusted) {
            if (entry.startsWith("*") && registry.endsWith(entry.substring(1))
                    || entry.endsWith("*") && registry.startsWith(entry.substring(0, entry.length() - 1))
                    || entry.equals(registry)
                    || entry.contains("/") && fullName.startsWith(entry.endsWith("/") ? entry : entry + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImage(List<Stage> stages, String from) {
        if (from.isEmpty() || StageNames.isIndex(from) || from.contains("$")) {
            return false;
        }
        for (Stage stage : stages) {
            if (stage.isNamed(from)) {
                return false;
            }
        }
        return true;
    }

    /** The {@code from=} of a {@code --mount} value, or null. */
    private static String mountFrom(String mount) {
        for (String option : mount.split(",")) {
            String o = option.strip();
            if (o.startsWith("from=")) {
                return o.substring(5).replace("\"", "");
            }
        }
        return null;
    }

    /** The image with global ARG defaults substituted; {@code null} when a variable has no known value. */
    private static String resolve(String image, GlobalArgs globalArgs, char escape) {
        String resolved = image.indexOf('$') < 0 ? image : globalArgs.resolve(image, escape);
        return resolved == null ? null : resolved.replace("\"", "");
    }
}
