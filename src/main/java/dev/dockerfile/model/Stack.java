package dev.dockerfile.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of service the plugin knows how to containerise. */
public enum Stack {
    PYTHON("python"),
    SPRING_BOOT("spring-boot"),
    JAVA("java");

    private final String id;

    Stack(String id) {
        this.id = id;
    }

    /** The name users write in {@code <stack>}; also the template's file name prefix. */
    public String id() {
        return id;
    }

    public boolean isJvm() {
        return this != PYTHON;
    }

    public static Optional<Stack> fromId(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }

    public static String allIds() {
        return Arrays.stream(values()).map(Stack::id).collect(Collectors.joining(", "));
    }
}
