package dev.dockerfile.stacks.node;

import dev.dockerfile.config.CommandLine;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.plan.BuildContext;
import dev.dockerfile.plan.ProjectFiles;
import dev.dockerfile.text.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Node.js service is made of, read from {@code package.json} and the module directory: the
 * lock file, the Node.js version, whether it is built, the start command, and which of its files
 * run (the rest, tests, docs and tooling, stay out of the image).
 *
 * @param lockFile {@code package-lock.json} or {@code npm-shrinkwrap.json}
 * @param build true when {@code scripts.build} exists ({@code npm run build} in the builder)
 * @param command the start command's words (without the signal preload), empty only when
 *     {@code <command>} is set
 * @param runtime the top-level files and directories the final stage gets
 * @param sources with a build, the top-level files and directories the builder gets
 */
record NodeProject(
        String lockFile,
        NodeVersion.Chosen version,
        boolean build,
        List<String> command,
        String commandReason,
        List<String> runtime,
        List<String> sources,
        List<String> notes) {

    static final String MANIFEST = "package.json";
    static final List<String> NPM_LOCKS = List.of("npm-shrinkwrap.json", "package-lock.json");

    /** Never part of what runs. */
    private static final Set<String> NOT_APPLICATION = Set.of("node_modules", "test", "tests", "__tests__", "spec",
            "specs", "e2e", "cypress", "coverage", "docs", "doc", "example", "examples", "bench", "benchmark",
            "benchmarks", "scripts", "target", "pom.xml", "Makefile", "Jenkinsfile", "Procfile", "nodemon.json",
            MANIFEST, "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb");
    private static final Pattern NOT_APPLICATION_FILE = Pattern.compile("(?i)(.*\\.(md|markdown|log)"
            + "|license.*|licence.*|changelog.*|dockerfile.*|.*\\.dockerfile|(docker-)?compose\\..*"
            + "|.*\\.(test|spec)\\.[cm]?[jt]sx?"
            + "|tsconfig.*\\.json|jsconfig\\.json|.*\\.config\\.[cm]?[jt]s|\\..*)");
    private static final Pattern APPLICATION_FILE = Pattern.compile(".*\\.([cm]?js|json|node)");
    /** Build configuration the builder needs although nothing of it runs. */
    private static final Pattern BUILD_CONFIG = Pattern.compile("tsconfig.*\\.json|jsconfig\\.json"
            + "|(?!(jest|vitest|playwright|cypress|karma|mocha)\\.).*\\.config\\.[cm]?[jt]s|\\.babelrc(\\.json)?|\\.swcrc|\\.browserslistrc");
    /** Directories an application serves or renders at run time, next to its build output. */
    private static final List<String> ASSET_DIRECTORIES = List.of("public", "static", "templates", "views");
    /** The environment the runtime image sets for every Node service. */
    static final Map<String, String> RUNTIME_ENV = Map.of("NODE_ENV", "production");
    /** {@code NAME=value} before the command, as in {@code NODE_ENV=production node bin/www}. */
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");
    private static final Pattern SHELL_SYNTAX = Pattern.compile("[;&|<>$`(){}\\\\*?]");
    /** Options of node that take the next word as their value. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-r", "--require", "--import", "--loader",
            "--experimental-loader", "--env-file", "--conditions", "-C");

    static NodeProject scan(Path baseDir, List<String> configuredCommand) throws ConfigurationException {
        Path manifestFile = baseDir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ConfigurationException(Parameter.STACK, "is node, but " + baseDir.getFileName() + " has no "
                    + MANIFEST + ". Add one, or choose another stack.");
        }
        Map<String, Object> manifest;
        try {
            manifest = Json.parseObject(read(manifestFile));
        } catch (Json.SyntaxError e) {
            throw new ConfigurationException(null, MANIFEST + " is not valid JSON (" + e.getMessage()
                    + "). Fix it: npm cannot read it either.");
        }
        List<String> notes = new ArrayList<>();
        String lockFile = lockFile(baseDir);
        NodeVersion.Chosen version = version(baseDir, manifest);
        Map<String, Object> scripts = Json.object(manifest, "scripts");
        boolean build = Json.string(scripts, "build") != null;

        Optional<Start> start = startScript(Json.string(scripts, "start"), notes);
        String main = normalise(Json.string(manifest, "main"));
        Optional<String> mainFile = main != null && (build || Files.exists(baseDir.resolve(main)))
                ? Optional.of(main) : Optional.empty();
        String entry = start.map(Start::file).orElse(mainFile.orElse(
                Files.isRegularFile(baseDir.resolve("server.js")) ? "server.js" : null));
        List<String> command;
        String reason;
        if (!configuredCommand.isEmpty()) {
            command = configuredCommand;
            reason = "command from " + Parameter.COMMAND.display();
        } else if (start.isPresent()) {
            command = start.get().words();
            reason = "command " + String.join(" ", command) + ": scripts.start in " + MANIFEST;
        } else if (mainFile.isPresent()) {
            command = List.of("node", mainFile.get());
            reason = "command node " + mainFile.get() + ": main in " + MANIFEST;
        } else if (entry != null) {
            command = List.of("node", entry);
            reason = "command node server.js: server.js exists (npm start's default)";
        } else {
            String named = namedScriptFile(baseDir, scripts);
            throw new ConfigurationException(Parameter.COMMAND, "is not set and no start command was found: "
                    + MANIFEST + " has no scripts.start of the form 'node FILE', "
                    + (main == null ? "no main" : "its main " + main + " does not exist") + ", and there is no"
                    + " server.js. Set <command> to the command that starts the service, e.g. <command>node "
                    + (named != null ? named + "</command> (" + named + " is what one of its scripts runs)."
                    : "server.js</command>."));
        }

        List<String> top = topLevel(baseDir, notes);
        List<String> files = Json.strings(manifest, "files");
        List<String> runtime = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (!files.isEmpty()) {
            runtime.addAll(filesField(files, top, notes));
            notes.add("application files from the files field of " + MANIFEST + ": " + String.join(", ", runtime));
        } else if (build) {
            if (entry != null && entry.contains("/")) {
                runtime.add(entry.substring(0, entry.indexOf('/')));
            }
            ASSET_DIRECTORIES.stream().filter(top::contains).forEach(runtime::add);
            if (runtime.isEmpty()) {
                runtime.addAll(top.stream().filter(NodeProject::isApplication).toList());
            }
            notes.add("npm run build in the builder; the final stage gets " + String.join(", ", runtime));
        } else {
            runtime.addAll(top.stream().filter(NodeProject::isApplication).toList());
            notes.add("application files: " + String.join(", ", runtime));
        }
        if (entry != null && !entry.startsWith("node_modules/")) {
            String first = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (!runtime.contains(first)) {
                runtime.add(first);
            }
        }
        if (build) {
            sources.addAll(top.stream().filter(n -> isApplication(n) || BUILD_CONFIG.matcher(n).matches()).toList());
        }
        return new NodeProject(lockFile, version, build, command, reason, sorted(runtime), sorted(sources), notes);
    }

    /**
     * What the builder copies or the final stage gets: directories and JavaScript (or JSON) files,
     * not tests, docs, tooling or other files that merely sit in the module (a POM, build logs).
     */
    static boolean isApplication(String name) {
        return !NOT_APPLICATION.contains(name) && !NOT_APPLICATION_FILE.matcher(name).matches()
                && (!name.contains(".") || APPLICATION_FILE.matcher(name).matches());
    }

    private static String lockFile(Path baseDir) throws ConfigurationException {
        for (String lock : NPM_LOCKS) {
            if (Files.isRegularFile(baseDir.resolve(lock))) {
                return lock;
            }
        }
        for (String other : List.of("yarn.lock", "pnpm-lock.yaml", "bun.lockb")) {
            if (Files.isRegularFile(baseDir.resolve(other))) {
                throw new ConfigurationException(null, baseDir.getFileName() + " has " + other + " but no"
                        + " package-lock.json: the node stack installs with npm ci, which reads only npm's lock file."
                        + " Run npm install --package-lock-only and commit package-lock.json (keep " + other
                        + " if you like), or write your own template.");
            }
        }
        throw new ConfigurationException(null, baseDir.getFileName() + " has " + MANIFEST + " but no"
                + " package-lock.json: npm ci needs one, and so does a reproducible image. Run"
                + " npm install --package-lock-only and commit package-lock.json.");
    }

    private static NodeVersion.Chosen version(Path baseDir, Map<String, Object> manifest) throws ConfigurationException {
        for (String file : List.of(".nvmrc", ".node-version")) {
            Path path = baseDir.resolve(file);
            if (Files.isRegularFile(path)) {
                String content = read(path).lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                        .findFirst().orElse("");
                Optional<NodeVersion.Chosen> pinned = NodeVersion.fromPin(content, file);
                if (pinned.isPresent()) {
                    return pinned.get();
                }
            }
        }
        String range = Json.string(Json.object(manifest, "engines"), "node");
        if (range != null) {
            Optional<NodeVersion.Chosen> chosen = NodeVersion.fromRange(range);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return NodeVersion.byDefault();
    }

    /** {@code node [options] FILE [arguments]} and nothing a shell would interpret; empty otherwise. */
    private static Optional<Start> startScript(String script, List<String> notes) {
        if (script == null) {
            return Optional.empty();
        }
        List<String> words;
        try {
            words = SHELL_SYNTAX.matcher(script).find() ? List.of() : CommandLine.split(Parameter.COMMAND, script);
        } catch (ConfigurationException e) {
            words = List.of();
        }
        // An assignment the image's environment already makes (NODE_ENV=production) changes nothing; others would.
        while (!words.isEmpty() && ASSIGNMENT.matcher(words.get(0)).matches()) {
            Matcher m = ASSIGNMENT.matcher(words.get(0));
            if (!m.matches() || !m.group(2).equals(RUNTIME_ENV.get(m.group(1)))) {
                break;
            }
            words = words.subList(1, words.size());
        }
        int i = 1;
        while (!words.isEmpty() && i < words.size() && words.get(i).startsWith("-")) {
            i += OPTIONS_WITH_VALUE.contains(words.get(i)) ? 2 : 1;
        }
        if (words.isEmpty() || !words.get(0).equals("node") || i >= words.size()) {
            notes.add("scripts.start '" + script + "' is not of the form 'node FILE': not used");
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(words);
        String file = normalise(words.get(i));
        command.set(i, file);
        return Optional.of(new Start(command, file));
    }

    private record Start(List<String> words, String file) {
    }

    /** The top-level entries the files field names (its globs matched against the module's top level). */
    private static List<String> filesField(List<String> files, List<String> top, List<String> notes) {
        List<String> entries = new ArrayList<>();
        for (String file : files) {
            String path = normalise(file);
            if (path == null || path.isEmpty() || path.startsWith("!")) {
                continue;
            }
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            if (first.contains("*") || first.contains("?")) {
                Pattern glob = Pattern.compile(first.replace(".", "\\.").replace("?", ".").replace("*", ".*"));
                top.stream().filter(n -> glob.matcher(n).matches() && isApplication(n)).forEach(entries::add);
            } else if (BuildContext.isSafe(first)) {
                entries.add(first);
            } else {
                notes.add("files entry '" + file + "' has characters a COPY line cannot take: left out");
            }
        }
        return entries;
    }

    /** Sorted top-level names of the module that a COPY line can take. */
    private static List<String> topLevel(Path baseDir, List<String> notes) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(baseDir)) {
            for (String name : entries.map(p -> p.getFileName().toString()).sorted().toList()) {
                if (BuildContext.isSafe(name) && !name.isEmpty()) {
                    names.add(name);
                } else if (isApplication(name)) {
                    notes.add("'" + name + "' has characters a COPY line cannot take: left out of the image");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    /** {@code ./dist/index.js} is {@code dist/index.js}; a trailing slash goes. */
    private static String normalise(String path) {
        if (path == null) {
            return null;
        }
        String p = path.strip();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static List<String> sorted(List<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }

    private static String read(Path file) throws ConfigurationException {
        return ProjectFiles.readUtf8(file, file.getFileName().toString());
    }

    /** A script file another script runs ({@code nodemon src/index.js} in {@code dev}), when it exists: a hint. */
    private static String namedScriptFile(Path baseDir, Map<String, Object> scripts) {
        if (scripts == null) {
            return null;
        }
        for (Object value : scripts.values()) {
            if (!(value instanceof String script)) {
                continue;
            }
            for (String word : script.split("\\s+")) {
                String file = normalise(word);
                if (file != null && file.matches("[A-Za-z0-9._/-]+\\.[cm]?js") && Files.isRegularFile(baseDir.resolve(file))) {
                    return file;
                }
            }
        }
        return null;
    }
}
