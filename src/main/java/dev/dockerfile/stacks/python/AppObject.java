package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.plan.ProjectFiles;
import dev.dockerfile.stacks.python.WebFramework.Interface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application object a server imports, found in the source the way a person would look for it:
 * a module-level {@code app = FastAPI()} in the usual files first ({@code app/main.py}, {@code main.py},
 * {@code app.py}, then the packages' own), else an application factory ({@code def create_app()}).
 *
 * @param module the module as Python imports it from the working directory ({@code app.main})
 * @param object the variable, or the factory function when {@code factory}
 * @param file where it was found, relative to the module directory
 */
record AppObject(WebFramework framework, Interface iface, String module, String object, boolean factory, String file) {

    /** Files people put the application in, looked at in this order before the rest. */
    private static final List<String> USUAL_FILES = List.of("main.py", "app.py", "server.py", "api.py", "application.py",
            "wsgi.py", "asgi.py", "__init__.py");
    private static final Pattern FACTORY = Pattern.compile("^(?:async\\s+)?def\\s+(create_app|make_app|get_app|app_factory)\\s*\\(");
    /** Enough to cover a package's modules without reading a large tree. */
    private static final int MAX_FILES = 400;

    String target() {
        return module + ":" + object + (factory ? "()" : "");
    }

    /** The application of one of the declared frameworks, or empty. */
    static Optional<AppObject> find(Path baseDir, List<WebFramework> frameworks, List<String> packages, List<String> modules)
            throws ConfigurationException {
        List<String> files = candidates(baseDir, packages, modules);
        for (String file : files) {
            Optional<AppObject> object = assignment(baseDir, file, frameworks);
            if (object.isPresent()) {
                return object;
            }
        }
        for (String file : files) {
            for (String line : ProjectFiles.readUtf8Lines(baseDir.resolve(file), file)) {
                Matcher m = FACTORY.matcher(line);
                if (m.find()) {
                    WebFramework framework = frameworks.get(0);
                    return Optional.of(new AppObject(framework, framework.defaultInterface, moduleOf(file), m.group(1), true, file));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<AppObject> assignment(Path baseDir, String file, List<WebFramework> frameworks)
            throws ConfigurationException {
        for (String line : ProjectFiles.readUtf8Lines(baseDir.resolve(file), file)) {
            for (WebFramework framework : frameworks) {
                Matcher m = framework.assignment.matcher(line);
                if (m.find()) {
                    return Optional.of(new AppObject(framework, framework.interfaceOf(m.group(2)), moduleOf(file),
                            m.group(1), false, file));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code src/shop/api/main.py} is {@code shop.api.main}; {@code app/__init__.py} is {@code app}. */
    static String moduleOf(String file) {
        String path = file.startsWith("src/") ? file.substring(4) : file;
        path = path.substring(0, path.length() - 3);
        if (path.endsWith("/__init__")) {
            path = path.substring(0, path.length() - "/__init__".length());
        }
        return path.replace('/', '.');
    }

    /** The usual files (app/main.py, then the root's modules, then each package's), then every other module in the packages. */
    private static List<String> candidates(Path baseDir, List<String> packages, List<String> modules) {
        Set<String> files = new LinkedHashSet<>();
        if (packages.contains("app")) {
            files.add("app/main.py");
        }
        for (String usual : USUAL_FILES) {
            if (modules.contains(usual)) {
                files.add(usual);
            }
        }
        for (String module : modules) {
            files.add(module);
        }
        for (String pkg : packages) {
            for (String usual : USUAL_FILES) {
                files.add(pkg + "/" + usual);
            }
        }
        for (String pkg : packages) {
            files.addAll(modulesUnder(baseDir, pkg));
        }
        List<String> existing = new ArrayList<>();
        for (String file : files) {
            if (Files.isRegularFile(baseDir.resolve(file)) && existing.size() < MAX_FILES) {
                existing.add(file);
            }
        }
        return existing;
    }

    private static List<String> modulesUnder(Path baseDir, String pkg) {
        try (Stream<Path> walk = Files.walk(baseDir.resolve(pkg), 4)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .map(p -> baseDir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.matches(".*(^|/)(tests?|migrations)/.*") && !p.matches(".*(^|/)(test_[^/]*|[^/]*_test)\\.py"))
                    .sorted().limit(MAX_FILES).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
