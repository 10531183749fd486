package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.plan.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Python service is made of: its dependency manifest, the packages and modules that run,
 * the interpreter version and the command that starts it. Tests, docs and tooling are left out.
 *
 * @param manifest {@code requirements.txt} or {@code pyproject.toml}
 * @param packages top-level package directories, relative to the module ({@code app}, {@code src/shop})
 * @param modules top-level {@code .py} files that belong to the application
 * @param command the words of the start command, or empty when none was found
 * @param commandReason why that command
 */
public record PythonProject(
        String manifest,
        String pythonVersion,
        String versionReason,
        List<String> packages,
        List<String> modules,
        List<String> command,
        String commandReason) {

    public static final String REQUIREMENTS = "requirements.txt";
    public static final List<String> MANIFESTS = List.of(REQUIREMENTS, "pyproject.toml");
    public static final String DEFAULT_VERSION = "3.12";

    /** Directories and files that are never part of what runs. */
    private static final Set<String> NOT_APPLICATION = Set.of("test", "tests", "testing", "doc", "docs",
            "example", "examples", "scripts", "benchmarks", "bench", "build", "dist", "target", "venv", "site");
    /** Only what Python can import; this also keeps odd file names out of COPY lines. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TOOLING_MODULE =
            Pattern.compile("(setup|conftest|noxfile|fabfile|tasks|manage_test|test_.*|.*_test)\\.py");
    private static final Pattern SCRIPT_ENTRY =
            Pattern.compile("^\\s*[\"']?[A-Za-z0-9_.-]+[\"']?\\s*=\\s*[\"']([A-Za-z_][\\w.]*):([A-Za-z_][\\w.]*)[\"']\\s*$");

    public PythonProject {
        packages = List.copyOf(packages);
        modules = List.copyOf(modules);
        command = List.copyOf(command);
    }

    public static PythonProject scan(Path baseDir, List<String> configuredCommand) throws ConfigurationException {
        String manifest = MANIFESTS.stream().filter(m -> Files.isRegularFile(baseDir.resolve(m))).findFirst()
                .orElseThrow(() -> new ConfigurationException(Parameter.STACK, "is python, but " + baseDir.getFileName()
                        + " has neither requirements.txt nor pyproject.toml. Add one (an empty requirements.txt"
                        + " is fine) or choose another stack."));
        List<String> packages = new ArrayList<>();
        packages.addAll(packagesIn(baseDir, ""));
        if (Files.isDirectory(baseDir.resolve("src"))) {
            packages.addAll(packagesIn(baseDir.resolve("src"), "src/"));
        }
        List<String> modules = listSorted(baseDir).stream()
                .filter(p -> Files.isRegularFile(baseDir.resolve(p)) && p.endsWith(".py"))
                .filter(p -> IDENTIFIER.matcher(p.substring(0, p.length() - 3)).matches())
                .filter(p -> !TOOLING_MODULE.matcher(p).matches())
                .toList();
        String[] version = pythonVersion(baseDir);
        Entry entry = configuredCommand.isEmpty() ? entryPoint(baseDir, packages, modules)
                : new Entry(configuredCommand, "command from " + Parameter.COMMAND.display());
        return new PythonProject(manifest, version[0], version[1], packages, modules, entry.command, entry.reason);
    }

    /** The package name as Python imports it: {@code src/shop} is {@code shop}. */
    public static String importName(String packagePath) {
        return packagePath.substring(packagePath.lastIndexOf('/') + 1);
    }

    private static List<String> packagesIn(Path dir, String prefix) {
        return listSorted(dir).stream()
                .filter(name -> !NOT_APPLICATION.contains(name) && !name.startsWith("_"))
                .filter(name -> IDENTIFIER.matcher(name).matches())
                .filter(name -> Files.isRegularFile(dir.resolve(name).resolve("__init__.py"))
                        || Files.isRegularFile(dir.resolve(name).resolve("__main__.py")))
                .map(name -> prefix + name)
                .toList();
    }

    private static Entry entryPoint(Path baseDir, List<String> packages, List<String> modules) throws ConfigurationException {
        if (packages.contains("app") && Files.isRegularFile(baseDir.resolve("app/main.py"))) {
            return new Entry(List.of("python", "-m", "app.main"), "command python -m app.main: app/main.py exists");
        }
        for (String pkg : packages) {
            if (Files.isRegularFile(baseDir.resolve(pkg).resolve("__main__.py"))) {
                String name = importName(pkg);
                return new Entry(List.of("python", "-m", name), "command python -m " + name + ": " + pkg + "/__main__.py exists");
            }
        }
        for (String module : List.of("main.py", "app.py")) {
            if (modules.contains(module)) {
                return new Entry(List.of("python", module), "command python " + module + ": " + module + " exists");
            }
        }
        List<String> script = projectScript(baseDir.resolve("pyproject.toml"));
        if (!script.isEmpty()) {
            return new Entry(List.of("python", "-c", "import sys; from " + script.get(0) + " import " + script.get(1)
                    + "; sys.exit(" + script.get(1) + "())"),
                    "command " + script.get(0) + ":" + script.get(1) + " from [project.scripts] in pyproject.toml");
        }
        throw new ConfigurationException(Parameter.COMMAND, "is not set and no entry point was found: none of"
                + " app/main.py, <package>/__main__.py, main.py, app.py or [project.scripts] in pyproject.toml."
                + " Set <command> to the command that starts the service, e.g. <command>python -m myservice</command>.");
    }

    /** The first {@code [project.scripts]} entry as module and function, or empty. */
    static List<String> projectScript(Path pyproject) throws ConfigurationException {
        if (!Files.isRegularFile(pyproject)) {
            return List.of();
        }
        boolean inScripts = false;
        for (String line : readLines(pyproject)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("[")) {
                inScripts = trimmed.equals("[project.scripts]");
                continue;
            }
            Matcher m = SCRIPT_ENTRY.matcher(line);
            if (inScripts && m.matches()) {
                return List.of(m.group(1), m.group(2));
            }
        }
        return List.of();
    }

    /** From {@code .python-version} (major.minor only), else the default. */
    private static String[] pythonVersion(Path baseDir) throws ConfigurationException {
        Path file = baseDir.resolve(".python-version");
        if (Files.isRegularFile(file)) {
            for (String line : readLines(file)) {
                Matcher m = Pattern.compile("^\\s*(3\\.[0-9]{1,2})(\\.[0-9]+)?\\s*$").matcher(line);
                if (m.matches()) {
                    return new String[] {m.group(1), "Python " + m.group(1) + " from .python-version"};
                }
            }
        }
        return new String[] {DEFAULT_VERSION, "Python " + DEFAULT_VERSION + " (default: no .python-version)"};
    }

    private static List<String> listSorted(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) throws ConfigurationException {
        return ProjectFiles.readUtf8Lines(file, file.getFileName().toString());
    }

    private record Entry(List<String> command, String reason) {
    }
}
