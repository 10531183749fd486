package dev.dockerfile.lint.shellcheck;

/** ShellCheck could not be run, did not finish, or answered with something that is not its json1 report. */
final class ShellcheckException extends Exception {
    private static final long serialVersionUID = 1L;

    ShellcheckException(String message) {
        super(message);
    }

    ShellcheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
