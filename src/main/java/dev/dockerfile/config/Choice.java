package dev.dockerfile.config;

import java.util.Locale;
import java.util.Optional;

/** A parameter whose value is one of a few words: the enum constant, written in lower case. */
interface Choice {
    String name();

    /** How users write it: {@code source}, {@code exploded}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant the user wrote, whatever its case and surrounding blanks. */
    static <E extends Enum<E> & Choice> Optional<E> of(Class<E> type, String value) {
        String id = value.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The validated value: the default when blank, else the constant, else an error that lists the
     * choices ("use exploded, jar or auto (the default).").
     */
    static <E extends Enum<E> & Choice> E validate(Parameter parameter, Class<E> type, String value, String options)
            throws ConfigurationException {
        SettingsValidator.singleLine(parameter, value);
        if (value == null || value.isBlank()) {
            return of(type, parameter.defaultValue()).orElseThrow();
        }
        return of(type, value).orElseThrow(() -> new ConfigurationException(parameter,
                "is '" + value + "': use " + options + "."));
    }
}
