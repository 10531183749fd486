package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.plan.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distributions a Python service declares, by name: what tells its framework and server apart.
 * Read from {@code requirements.txt} (and the files it includes with {@code -r}/{@code -c}), from
 * {@code [project].dependencies} and from Poetry's {@code [tool.poetry.dependencies]}. Versions are
 * pip's business; only names and extras matter here.
 *
 * @param names declared names, normalized as PEP 503 does ({@code Flask_SQLAlchemy} is {@code flask-sqlalchemy}),
 *        each with the extras it was asked with
 * @param includes files {@code requirements.txt} includes, relative to the module, which the builder copies too
 * @param poetry Poetry's dependencies as pip's requirements ({@code falcon = "^3.1"} is {@code falcon>=3.1,<4}),
 *        empty unless the pyproject.toml has {@code [tool.poetry.dependencies]}
 */
public record PythonDependencies(Map<String, Set<String>> names, List<String> includes, List<String> poetry) {

    private static final Pattern REQUIREMENT = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[([^\\]]*)\\])?");
    private static final Pattern INCLUDE = Pattern.compile("^(?:-r|-c|--requirement|--constraint)(?:\\s*=\\s*|\\s+|(?=[^\\s-]))(\\S+)");
    private static final Pattern TABLE = Pattern.compile("^\\[\\s*([^\\]]+?)\\s*\\]\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^([\"']?)([A-Za-z0-9_.-]+)\\1\\s*=\\s*(.*)$");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

    public PythonDependencies {
        names = Map.copyOf(names);
        includes = List.copyOf(includes);
        poetry = List.copyOf(poetry);
    }

    public static PythonDependencies read(Path baseDir) throws ConfigurationException {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        List<String> includes = new ArrayList<>();
        List<String> poetry = new ArrayList<>();
        if (Files.isRegularFile(baseDir.resolve(PythonProject.REQUIREMENTS))) {
            readRequirements(baseDir, PythonProject.REQUIREMENTS, names, includes, new LinkedHashSet<>());
        }
        Path pyproject = baseDir.resolve(PythonProject.PYPROJECT);
        // requirements.txt is what the builder installs when there is one (poetry export writes it).
        if (names.isEmpty() && includes.isEmpty() && !Files.isRegularFile(baseDir.resolve(PythonProject.REQUIREMENTS))
                && Files.isRegularFile(pyproject)) {
            readPyproject(ProjectFiles.readUtf8Lines(pyproject, PythonProject.PYPROJECT), names, poetry);
        }
        return new PythonDependencies(names, includes, poetry);
    }

    /** PEP 503's normal form: lower case, runs of {@code -_.} as one {@code -}. */
    public static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    public boolean has(String name) {
        return names.containsKey(normalize(name));
    }

    /** Declared with this extra, as {@code fastapi[standard]} brings uvicorn. */
    public boolean hasExtra(String name, String extra) {
        return names.getOrDefault(normalize(name), Set.of()).contains(extra);
    }

    private static void readRequirements(Path baseDir, String file, Map<String, Set<String>> names, List<String> includes,
            Set<String> seen) throws ConfigurationException {
        if (!seen.add(file)) {
            return;
        }
        for (String line : logicalLines(ProjectFiles.readUtf8Lines(baseDir.resolve(file), file))) {
            Matcher include = INCLUDE.matcher(line);
            if (include.find()) {
                String included = included(baseDir, file, include.group(1));
                if (!includes.contains(included) && !included.equals(PythonProject.REQUIREMENTS)) {
                    includes.add(included);
                }
                // A constraints file pins versions; it declares nothing.
                if (line.startsWith("-r") || line.startsWith("--requirement")) {
                    readRequirements(baseDir, included, names, includes, seen);
                }
            } else if (!line.startsWith("-")) {
                add(line, names);
            }
        }
    }

    /** The included file relative to the module, which must hold it: the builder copies it from the context. */
    private static String included(Path baseDir, String from, String reference) throws ConfigurationException {
        Path parent = Path.of(from).getParent();
        Path resolved = (parent == null ? Path.of(reference) : parent.resolve(reference)).normalize();
        String relative = resolved.toString().replace('\\', '/');
        if (reference.contains("://") || resolved.isAbsolute() || relative.startsWith("..")
                || !Files.isRegularFile(baseDir.resolve(resolved))) {
            throw new ConfigurationException(Parameter.STACK, "is python, and " + from + " includes " + reference
                    + ", which is not a file inside the module. The image is built from the module directory:"
                    + " move the file there, or list its requirements in " + from + ".");
        }
        return relative;
    }

    /** Lines without comments, with backslash continuations joined. */
    private static List<String> logicalLines(List<String> lines) {
        List<String> logical = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = raw.replaceAll("(^|\\s)#.*$", "");
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String joined = current.toString().trim();
            current.setLength(0);
            if (!joined.isEmpty()) {
                logical.add(joined);
            }
        }
        return logical;
    }

    private static void add(String requirement, Map<String, Set<String>> names) {
        Matcher m = REQUIREMENT.matcher(requirement.trim());
        if (!m.find() || requirement.contains("://") && !requirement.contains("@")) {
            return;
        }
        Set<String> extras = names.computeIfAbsent(normalize(m.group(1)), k -> new LinkedHashSet<>());
        if (m.group(2) != null) {
            for (String extra : m.group(2).split(",")) {
                if (!extra.isBlank()) {
                    extras.add(normalize(extra.trim()));
                }
            }
        }
    }

    /**
     * The two places pyproject.toml names dependencies, read line by line: {@code dependencies = [...]}
     * under {@code [project]} (an array of PEP 508 strings, often over several lines) and the keys of
     * {@code [tool.poetry.dependencies]}. A full TOML parser would read much more than is needed here.
     */
    private static void readPyproject(List<String> lines, Map<String, Set<String>> names, List<String> poetry)
            throws ConfigurationException {
        String table = "";
        boolean inArray = false;
        for (String raw : lines) {
            String line = raw.trim();
            if (inArray) {
                inArray = addStrings(line, names);
                continue;
            }
            Matcher t = TABLE.matcher(line);
            if (t.matches()) {
                table = t.group(1).replace(" ", "");
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (!key.matches()) {
                continue;
            }
            if (table.equals("project") && key.group(2).equals("dependencies") && key.group(3).startsWith("[")) {
                inArray = addStrings(key.group(3).substring(1), names);
            } else if (table.equals("tool.poetry.dependencies") && !key.group(2).equals("python")) {
                String value = key.group(3).replaceAll("\\s+#[^\"']*$", "").trim();
                Matcher extras = Pattern.compile("extras\\s*=\\s*\\[([^\\]]*)\\]").matcher(value);
                String extra = extras.find() ? extras.group(1).replaceAll("[\"'\\s]", "") : "";
                String requirement = key.group(2) + (extra.isEmpty() ? "" : "[" + extra + "]");
                if (!value.matches(".*\\boptional\\s*=\\s*true.*")) {
                    add(requirement, names);
                    poetry.add(PoetryConstraint.requirement(key.group(2), extra, value));
                }
            }
        }
    }

    /** Adds the quoted strings of an array's line; true while the array goes on past it. */
    private static boolean addStrings(String line, Map<String, Set<String>> names) {
        String code = line;
        Matcher s = STRING.matcher(code);
        int end = 0;
        while (s.find()) {
            add(s.group(1) != null ? s.group(1) : s.group(2), names);
            end = s.end();
        }
        String rest = code.substring(end).replaceAll("#.*$", "");
        return !rest.contains("]");
    }
}
