package dev.dockerfile.lint.config;

/** A configuration file that cannot be used; the message names the file and what is wrong. */
public class LintConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public LintConfigException(String message) {
        super(message);
    }
}
