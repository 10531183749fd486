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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Python service is made of: its dependency manifest, the packages and modules that run,
 * the directories they read at run time, the interpreter version and the command that starts it.
 * Tests, docs and tooling are left out.
 *
 * @param manifest {@code requirements.txt} or {@code pyproject.toml}
 * @param includes files the manifest includes ({@code -r requirements/base.txt}), copied with it
 * @param poetry Poetry's dependencies as pip's requirements, installed with those of {@code [project]}
 * @param packages top-level package directories, relative to the module ({@code app}, {@code src/shop})
 * @param modules top-level {@code .py} files that belong to the application
 * @param dataDirs directories at the module root the application reads at run time ({@code templates})
 * @param commandFiles other files the start command reads: those it names ({@code --config gunicorn.conf.py})
 *        and gunicorn's own {@code gunicorn.conf.py}, which gunicorn reads from its working directory
 * @param writableDirs directories under the working directory the application writes to, owned by its user:
 *        Flask's instance folder ({@code instance}), where Flask apps keep their settings and SQLite files
 * @param command the words of the start command
 * @param commandReason why that command
 * @param django the Django project, or null
 * @param nativeReason why the dependencies need compilers, or null when the slim image builds them
 */
public record PythonProject(
        String manifest,
        List<String> includes,
        List<String> poetry,
        String pythonVersion,
        String versionReason,
        List<String> packages,
        List<String> modules,
        List<String> dataDirs,
        List<String> commandFiles,
        List<String> writableDirs,
        List<String> command,
        String commandReason,
        DjangoProject django,
        String nativeReason) {

    public static final String REQUIREMENTS = "requirements.txt";
    public static final String PYPROJECT = "pyproject.toml";
    public static final List<String> MANIFESTS = List.of(REQUIREMENTS, PYPROJECT);
    public static final String DEFAULT_VERSION = "3.12";

    /** Directories and files that are never part of what runs. */
    private static final Set<String> NOT_APPLICATION = Set.of("test", "tests", "testing", "doc", "docs",
            "example", "examples", "scripts", "benchmarks", "bench", "build", "dist", "target", "venv", "site");
    /**
     * Directories at the module root that web applications read at run time: Flask's and Django's
     * {@code templates} and {@code static}, and the usual names of a front end's built files.
     */
    static final List<String> DATA_DIRS = List.of("public", "static", "templates", "web");
    /**
     * Distributions published as source only, whose build needs a compiler and a library's headers
     * the slim image does not have; their wheels then link to that library at run time.
     */
    static final Set<String> NATIVE = Set.of("psycopg2", "mysqlclient", "uwsgi", "python-ldap", "pycurl", "pygraphviz",
            "mod-wsgi", "pyodbc", "xmlsec", "gssapi");
    static final String GUNICORN_CONFIG = "gunicorn.conf.py";
    /** Flask's instance folder, next to the application's module or package: under the working directory. */
    static final String FLASK_INSTANCE = "instance";
    /** A relative path that can stand in a COPY line as it is. */
    private static final Pattern SAFE_FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");
    /** Only what Python can import; this also keeps odd file names out of COPY lines. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TOOLING_MODULE =
            Pattern.compile("(setup|conftest|noxfile|fabfile|tasks|manage_test|test_.*|.*_test)\\.py");
    private static final Pattern SCRIPT_ENTRY =
            Pattern.compile("^\\s*[\"']?[A-Za-z0-9_.-]+[\"']?\\s*=\\s*[\"']([A-Za-z_][\\w.]*):([A-Za-z_][\\w.]*)[\"']\\s*$");

    public PythonProject {
        includes = List.copyOf(includes);
        poetry = List.copyOf(poetry);
        packages = List.copyOf(packages);
        modules = List.copyOf(modules);
        dataDirs = List.copyOf(dataDirs);
        commandFiles = List.copyOf(commandFiles);
        writableDirs = List.copyOf(writableDirs);
        command = List.copyOf(command);
    }

    public static PythonProject scan(Path baseDir, List<String> configuredCommand, int port) throws ConfigurationException {
        String manifest = MANIFESTS.stream().filter(m -> Files.isRegularFile(baseDir.resolve(m))).findFirst()
                .orElseThrow(() -> new ConfigurationException(Parameter.STACK, "is python, but " + baseDir.getFileName()
                        + " has neither requirements.txt nor pyproject.toml. Add one (an empty requirements.txt"
                        + " is fine) or choose another stack."));
        PythonDependencies dependencies = PythonDependencies.read(baseDir);
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
        List<String> dataDirs = DATA_DIRS.stream().filter(d -> Files.isDirectory(baseDir.resolve(d))).toList();
        String[] version = pythonVersion(baseDir);
        Optional<DjangoProject> django = DjangoProject.find(baseDir);
        String manifests = manifest;
        StartCommand start = configuredCommand.isEmpty()
                ? StartCommand.resolve(baseDir, dependencies, manifests, packages, modules, django, port)
                : new StartCommand(configuredCommand, "command from " + Parameter.COMMAND.display());
        return new PythonProject(manifest, dependencies.includes(), dependencies.poetry(), version[0], version[1], packages, modules, dataDirs,
                commandFiles(baseDir, start.words(), packages, modules, dataDirs),
                dependencies.has(WebFramework.FLASK.distribution) ? List.of(FLASK_INSTANCE) : List.of(), start.words(), start.reason(),
                django.orElse(null), nativeReason(baseDir, dependencies));
    }

    /**
     * Files outside the copied packages, modules and directories that the command reads: a word that
     * names a file of the module ({@code --config gunicorn.conf.py}, {@code --log-config=logging.ini}),
     * and {@code gunicorn.conf.py}, which gunicorn reads from its working directory unasked.
     */
    private static List<String> commandFiles(Path baseDir, List<String> command, List<String> packages, List<String> modules,
            List<String> dataDirs) {
        Set<String> files = new java.util.LinkedHashSet<>();
        for (String word : command) {
            String value = word.contains("=") && word.startsWith("-") ? word.substring(word.indexOf('=') + 1) : word;
            files.add(value);
        }
        if (!command.isEmpty() && command.get(0).equals("gunicorn")) {
            files.add(GUNICORN_CONFIG);
        }
        List<String> found = new ArrayList<>();
        for (String file : files) {
            String top = file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
            boolean copied = modules.contains(file) || packages.stream().anyMatch(p -> p.equals(top) || p.startsWith(top + "/"))
                    || dataDirs.contains(top);
            if (SAFE_FILE.matcher(file).matches() && !file.contains("..") && !copied && Files.isRegularFile(baseDir.resolve(file))) {
                found.add(file);
            }
        }
        return found;
    }

    /** Why the builder needs compilers: a source-only distribution, or the service's own C extension. */
    private static String nativeReason(Path baseDir, PythonDependencies dependencies) throws ConfigurationException {
        List<String> native_ = NATIVE.stream().filter(dependencies::has).sorted().toList();
        if (!native_.isEmpty()) {
            return String.join(", ", native_) + " (built from source)";
        }
        Path setup = baseDir.resolve("setup.py");
        if (Files.isRegularFile(setup) && ProjectFiles.readUtf8(setup, "setup.py").contains("ext_modules")) {
            return "setup.py's ext_modules";
        }
        return null;
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

}
