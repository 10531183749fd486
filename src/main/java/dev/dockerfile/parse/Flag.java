package dev.dockerfile.parse;

/** A {@code --name=value} (or bare {@code --name}, value {@code null}) before an instruction's arguments. */
public record Flag(String name, String value) {
}
