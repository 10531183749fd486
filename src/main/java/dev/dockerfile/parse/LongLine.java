package dev.dockerfile.parse;

/** A line longer than BuildKit reads ({@link DockerfileParser#MAX_LINE_BYTES}): {@code bytes} counts its UTF-8 bytes, a CR before the LF included. */
public record LongLine(int line, int bytes) {
}
