package dev.dockerfile.config;

/**
 * Bad configuration or an undetectable project: the message names the parameter and the fix, and
 * nothing has been written when it is thrown.
 */
public class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Parameter parameter;

    public ConfigurationException(Parameter parameter, String problem) {
        super(parameter == null ? problem : parameter.display() + " " + problem);
        this.parameter = parameter;
    }

    public ConfigurationException(Parameter parameter, String problem, Throwable cause) {
        super(parameter == null ? problem : parameter.display() + " " + problem, cause);
        this.parameter = parameter;
    }

    /** The parameter at fault, or {@code null} when the project itself is (nothing detectable). */
    public Parameter parameter() {
        return parameter;
    }
}
