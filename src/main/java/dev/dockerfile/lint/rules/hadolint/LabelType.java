package dev.dockerfile.lint.rules.hadolint;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The value types of hadolint's {@code label-schema}, by their names there, and what each accepts. */
enum LabelType {
    TEXT("text"),
    URL("url"),
    RFC3339("rfc3339"),
    SPDX("spdx"),
    HASH("hash"),
    SEMVER("semver"),
    EMAIL("email");

    /** Semantic Versioning 2.0.0: three numbers without leading zeros, optional pre-release and build parts. */
    private static final Pattern SEMVER_VALUE = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
            + "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");
    /** A git commit: 40 lower-case hex digits, or the 7 of a short hash. */
    private static final Pattern GIT_HASH = Pattern.compile("[0-9a-f]{7}|[0-9a-f]{40}");
    /**
     * One SPDX license id by its shape ({@code MIT}, {@code BSD-3-Clause}, {@code GPL-2.0-or-later}): a letter, then
     * letters, digits, {@code .}, {@code -} and {@code +}, with a capital or digit in it. hadolint checks the SPDX
     * list itself, which is not shipped here, so a well-formed id that is not on the list passes.
     */
    private static final Pattern SPDX_ID = Pattern.compile("(?=.*[A-Z0-9])[A-Za-z][A-Za-z0-9.+-]*");
    /** An address as mail systems take it: a dot-atom local part, {@code @}, a domain of dot-separated labels. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
            + "(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
    /** RFC 3339 allows a space for the {@code T} and a lower-case {@code t} and {@code z}. */
    private static final DateTimeFormatter RFC3339_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String schemaName;

    LabelType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The type a schema names, or empty for a name hadolint does not know. */
    static Optional<LabelType> of(String schemaName) {
        for (LabelType type : values()) {
            if (type.schemaName.equals(schemaName.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    String schemaName() {
        return schemaName;
    }

    boolean accepts(String value) {
        return switch (this) {
            case TEXT -> true;
            case URL -> isAbsoluteUri(value);
            case RFC3339 -> isRfc3339(value);
            case SPDX -> SPDX_ID.matcher(value).matches();
            case HASH -> GIT_HASH.matcher(value).matches();
            case SEMVER -> SEMVER_VALUE.matcher(value).matches();
            case EMAIL -> EMAIL_ADDRESS.matcher(value).matches();
        };
    }

    private static boolean isAbsoluteUri(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isRfc3339(String value) {
        String normalized = value.length() > 10 && (value.charAt(10) == ' ' || value.charAt(10) == 't')
                ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        try {
            OffsetDateTime.parse(normalized.toUpperCase(Locale.ROOT), RFC3339_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
