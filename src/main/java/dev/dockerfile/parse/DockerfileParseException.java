package dev.dockerfile.parse;

/** The file is not a Dockerfile BuildKit would read; {@link #line()} says where. */
public class DockerfileParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    public DockerfileParseException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
