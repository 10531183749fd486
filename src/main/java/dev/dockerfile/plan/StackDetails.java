package dev.dockerfile.plan;

/**
 * The part of a plan only one stack (or family of stacks) has: a record whose components the
 * stack's template prints.
 */
public interface StackDetails {
    /** The name templates see it under: {@code java}, {@code python}, {@code node}. */
    String variable();
}
