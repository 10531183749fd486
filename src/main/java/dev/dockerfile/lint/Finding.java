package dev.dockerfile.lint;

/** One problem: which rule, how severe, where (1-based line), and a message that says how to fix it. */
public record Finding(String rule, Severity severity, int line, String message) {
}
