package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.KeyValue;
import java.util.List;

/**
 * DL3052 to DL3056 and DL3058: a LABEL whose {@code label-schema} type ({@code url}, {@code rfc3339},
 * {@code spdx}, {@code hash}, {@code semver}, {@code email}) its value does not have. One rule per type, as in
 * hadolint; off without a schema. An empty value is DL3051's.
 */
final class InvalidLabelValue extends Rule {
    private final LabelType type;

    InvalidLabelValue(String id, LabelType type, String summary, String why, String fix) {
        super(id, Severity.WARNING, summary, why, fix);
        this.type = type;
    }

    /** One rule per value type, as hadolint has them. */
    static List<Rule> all() {
        return List.of(
                new InvalidLabelValue("DL3052", LabelType.URL, "Label is not a valid URL",
                        "tools open the label as a link; a value that is no absolute URL leads nowhere",
                        "Write an absolute URL with its scheme, e.g. `https://example.com/project`."),
                new InvalidLabelValue("DL3053", LabelType.RFC3339, "Label is not a valid time format (RFC 3339)",
                        "tools sort and compare the label as a timestamp; another format cannot be read",
                        "Write the time as RFC 3339, e.g. `2024-05-01T12:00:00Z`."),
                new InvalidLabelValue("DL3054", LabelType.SPDX, "Label is not a valid SPDX identifier",
                        "licence scanners read the label as an SPDX id; free text is not recognised",
                        "Write the SPDX id of the licence, e.g. `Apache-2.0` or `MIT`."),
                new InvalidLabelValue("DL3055", LabelType.HASH, "Label is not a valid git hash",
                        "the label is meant to find the commit the image was built from",
                        "Write the full 40-character commit hash (or the 7-character short one), in lower case."),
                new InvalidLabelValue("DL3056", LabelType.SEMVER, "Label does not conform to semantic versioning",
                        "tools compare versions by SemVer's rules; another format sorts wrongly",
                        "Write a semantic version such as `1.4.2` or `2.0.0-rc.1`."),
                new InvalidLabelValue("DL3058", LabelType.EMAIL, "Label is not a valid email address",
                        "the label is the address to reach the maintainer; a malformed one bounces",
                        "Write a plain address such as `team@example.com`."));
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        if (context.labelSchema().isEmpty()) {
            return;
        }
        for (InstructionWords.Label label : InstructionWords.labels(dockerfile)) {
            KeyValue pair = label.pair();
            String declared = context.labelSchema().get(pair.key());
            if (declared != null && LabelType.of(declared).orElse(LabelType.TEXT) == type
                    && !pair.value().isEmpty() && !type.accepts(pair.value())) {
                findings.add(this, label.line(), "Label `" + pair.key() + "` is `" + pair.value()
                        + "`, which is no " + type.schemaName() + " value as the label schema requires. " + fix());
            }
        }
    }
}
