package dev.dockerfile.parse;

/**
 * One pair of ENV, LABEL or ARG. {@code value} has quotes and escapes removed; {@code rawValue}
 * is as written. An ARG without default has {@code value == null}.
 */
public record KeyValue(String key, String value, String rawValue) {
}
