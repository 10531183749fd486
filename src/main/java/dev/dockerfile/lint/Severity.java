package dev.dockerfile.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * hadolint's levels, most severe first; {@code NONE} is a threshold (never fail), an override (off), or the level
 * of a rule that is off until an override turns it on (hadolint's "ignore": DL1001, DL3057).
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    STYLE,
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this finding's level is at least as severe as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return threshold != NONE && this != NONE && ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> fromId(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("ignore") || v.equals("off")) {
            return Optional.of(NONE);
        }
        for (Severity s : values()) {
            if (s.id().equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
