package dev.dockerfile.parse;

/** The file is not a Dockerfile BuildKit would read; {@link #line()} says where. */
public class DockerfileParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;
    private final boolean encoding;

    public DockerfileParseException(int line, String message) {
        this(line, message, false);
    }

    DockerfileParseException(int line, String message, boolean encoding) {
        super("line " + line + ": " + message);
        this.line = line;
        this.problem = message;
        this.encoding = encoding;
    }

    public int line() {
        return line;
    }

    /** The message without its line. */
    public String problem() {
        return problem;
    }

    /** True when the bytes are not UTF-8 (the file's encoding is the problem, not its syntax). */
    public boolean isEncoding() {
        return encoding;
    }
}
