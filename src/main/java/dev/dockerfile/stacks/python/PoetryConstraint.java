package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Poetry dependency as the requirement pip reads, so a Poetry project installs with the builder's
 * pip alone (no Poetry in the image): {@code ^1.2.3} is {@code >=1.2.3,<2.0.0}, {@code ~1.2} is
 * {@code >=1.2,<1.3}, a bare version is {@code ==}, {@code *} is any. Git, path and URL dependencies
 * and alternatives ({@code ||}) have no such form and are refused with the fix.
 */
final class PoetryConstraint {
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*(\\.\\*)?([a-z]+[0-9]*)?");
    private static final Pattern COMPARISON = Pattern.compile("(==|!=|>=|<=|>|<|~=)\\s*([0-9][0-9a-z.*]*)");
    private static final Pattern QUOTED_VERSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private PoetryConstraint() {
    }

    /** {@code value} is the TOML value after {@code name =}: a string or an inline table. */
    static String requirement(String name, String extras, String value) throws ConfigurationException {
        String constraint;
        if (value.startsWith("{")) {
            Matcher v = QUOTED_VERSION.matcher(value);
            if (!v.find()) {
                throw refused(name, value, "names no version (a git, path or url dependency)");
            }
            constraint = v.group(1);
        } else if (value.matches("[\"'][^\"']*[\"']")) {
            constraint = value.substring(1, value.length() - 1);
        } else {
            throw refused(name, value, "is not a version string or an inline table");
        }
        if (!NAME.matcher(name).matches() || !extras.matches("[A-Za-z0-9._,-]*")) {
            throw refused(name, value, "is not a distribution name");
        }
        String specifier = specifier(name, value, constraint.trim());
        return name + (extras.isEmpty() ? "" : "[" + extras + "]") + specifier;
    }

    private static String specifier(String name, String value, String constraint) throws ConfigurationException {
        if (constraint.isEmpty() || constraint.equals("*")) {
            return "";
        }
        if (constraint.contains("||")) {
            throw refused(name, value, "offers alternatives (||), which pip's requirements cannot say");
        }
        List<String> parts = new ArrayList<>();
        for (String part : constraint.split("\\s*,\\s*|\\s+(?=[<>=!~^])")) {
            parts.add(one(name, value, part.trim()));
        }
        return String.join(",", parts);
    }

    private static String one(String name, String value, String part) throws ConfigurationException {
        if (part.startsWith("^") || part.startsWith("~") && !part.startsWith("~=")) {
            String version = part.substring(1).trim();
            if (!version.matches("[0-9]+(\\.[0-9]+){0,2}")) {
                throw refused(name, value, "has a version pip cannot bound: " + part);
            }
            return ">=" + version + ",<" + upper(version, part.startsWith("^"));
        }
        Matcher c = COMPARISON.matcher(part);
        if (c.matches()) {
            return c.group(1) + c.group(2);
        }
        if (VERSION.matcher(part).matches()) {
            return "==" + part;
        }
        throw refused(name, value, "has a constraint pip cannot read: " + part);
    }

    /** Caret: the first non-zero part goes up; tilde: the minor (or the major when only it is given). */
    static String upper(String version, boolean caret) {
        String[] p = version.split("\\.");
        int[] n = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            n[i] = Integer.parseInt(p[i]);
        }
        int bump;
        if (caret) {
            bump = 0;
            while (bump < n.length - 1 && n[bump] == 0) {
                bump++;
            }
        } else {
            bump = n.length == 1 ? 0 : 1;
        }
        StringBuilder upper = new StringBuilder();
        for (int i = 0; i <= bump; i++) {
            upper.append(i == 0 ? "" : ".").append(i == bump ? n[i] + 1 : n[i]);
        }
        return upper.toString();
    }

    private static ConfigurationException refused(String name, String value, String why) {
        return new ConfigurationException(Parameter.STACK, "is python, and the dependency " + name + " = " + value
                + " in [tool.poetry.dependencies] " + why + ". The builder installs with pip: give it a version"
                + " constraint, or list the dependencies in a requirements.txt (poetry export -o requirements.txt)"
                + " next to pyproject.toml, which is then read instead.");
    }
}
