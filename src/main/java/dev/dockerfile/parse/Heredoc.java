package dev.dockerfile.parse;

/**
 * A here-document of RUN, COPY or ADD.
 *
 * @param name the delimiter word
 * @param content the body, one string with {@code \n} line ends
 * @param expand false when the delimiter was quoted (no variable expansion)
 * @param chomp true for {@code <<-}: leading tabs are stripped
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp) {
}
