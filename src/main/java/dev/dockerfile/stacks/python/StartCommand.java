package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.stacks.python.WebFramework.Interface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a Python service is started, found in the order a person deploying it would look: the
 * Procfile's {@code web:} line; a Django project's WSGI (or ASGI) application under its server; the
 * application object of a declared web framework under a declared server; else the script that runs
 * itself ({@code python -m app.main}, {@code python server.py}, {@code [project.scripts]}).
 *
 * @param words the exec-form words
 * @param reason what was found, for the log
 */
record StartCommand(List<String> words, String reason) {

    StartCommand {
        words = List.copyOf(words);
    }

    static StartCommand resolve(Path baseDir, PythonDependencies dependencies, String manifests, List<String> packages,
            List<String> modules, Optional<DjangoProject> django, int port) throws ConfigurationException {
        Optional<List<String>> procfile = Procfile.webCommand(baseDir, port);
        if (procfile.isPresent()) {
            return new StartCommand(procfile.get(), "command " + String.join(" ", procfile.get())
                    + ": the web line of the Procfile ($PORT is the port, " + port + ")");
        }
        if (django.isPresent()) {
            return django(django.get(), dependencies, manifests, port);
        }
        List<WebFramework> frameworks = new ArrayList<>();
        for (WebFramework framework : WebFramework.values()) {
            if (dependencies.has(framework.distribution)) {
                frameworks.add(framework);
            }
        }
        if (!frameworks.isEmpty()) {
            return framework(baseDir, frameworks, dependencies, manifests, packages, modules, port);
        }
        return script(baseDir, packages, modules);
    }

    private static StartCommand django(DjangoProject django, PythonDependencies dependencies, String manifests, int port)
            throws ConfigurationException {
        AppServer wsgiServer = django.wsgi() == null ? null : AppServer.declared(dependencies, Interface.WSGI);
        AppServer asgiServer = django.asgi() == null ? null : AppServer.declared(dependencies, Interface.ASGI);
        // gunicorn first: Django's own deployment guide starts with WSGI.
        boolean wsgi = wsgiServer != null && (wsgiServer == AppServer.GUNICORN || asgiServer == null);
        AppServer server = wsgi ? wsgiServer : asgiServer;
        if (server == null) {
            throw new ConfigurationException(Parameter.COMMAND, "is not set, and the Django project ("
                    + django.settingsModule() + ") has no application server among its dependencies (" + manifests
                    + "); runserver is for development only. Add gunicorn to " + manifests
                    + ", or set <command> to the server's command line.");
        }
        String target = wsgi ? django.wsgi() : django.asgi();
        String[] parts = target.split(":");
        List<String> words = server.command(parts[0], parts[1], false, wsgi ? Interface.WSGI : Interface.ASGI, port);
        return new StartCommand(words, "command " + String.join(" ", words) + ": Django project " + django.settingsModule()
                + " (manage.py), its " + (wsgi ? "WSGI" : "ASGI") + " application " + target + ", " + server.distribution
                + " from " + manifests);
    }

    private static StartCommand framework(Path baseDir, List<WebFramework> frameworks, PythonDependencies dependencies,
            String manifests, List<String> packages, List<String> modules, int port) throws ConfigurationException {
        String names = String.join(", ", frameworks.stream().map(f -> f.distribution).toList());
        AppObject app = AppObject.find(baseDir, frameworks, packages, modules).orElseThrow(() -> new ConfigurationException(
                Parameter.COMMAND, "is not set, and " + manifests + " declares " + names + ", but no application"
                        + " object was found: no module-level assignment such as app = "
                        + frameworks.get(0).constructor + "(...) and no create_app() in "
                        + (packages.isEmpty() && modules.isEmpty() ? "the module's Python files"
                                : String.join(", ", concat(packages, modules)))
                        + ". Set <command> to the server's command line, e.g. <command>uvicorn app.main:app --host"
                        + " 0.0.0.0 --port 3000</command>."));
        AppServer server = AppServer.declared(dependencies, app.iface());
        if (server == null) {
            String add = AppServer.suggestion(app.iface());
            throw new ConfigurationException(Parameter.COMMAND, "is not set, and the " + app.iface() + " application "
                    + app.target() + " (" + app.framework().distribution + ", in " + app.file() + ") has no "
                    + app.iface() + " server among the dependencies (" + manifests + "). Add " + add + " to "
                    + manifests + ", or set <command> to the server's command line; a framework's own"
                    + " development server is not meant for production.");
        }
        List<String> words = server.command(app.module(), app.object(), app.factory(), app.iface(), port);
        return new StartCommand(words, "command " + String.join(" ", words) + ": " + app.framework().distribution + " "
                + (app.factory() ? "factory " + app.object() + "()" : "application " + app.object()) + " in " + app.file()
                + ", " + server.distribution + " from " + manifests);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A script that serves by itself: standard-library servers, or a framework's own runner the user chose. */
    private static StartCommand script(Path baseDir, List<String> packages, List<String> modules)
            throws ConfigurationException {
        if (packages.contains("app") && Files.isRegularFile(baseDir.resolve("app/main.py"))) {
            return new StartCommand(List.of("python", "-m", "app.main"), "command python -m app.main: app/main.py exists");
        }
        for (String pkg : packages) {
            if (Files.isRegularFile(baseDir.resolve(pkg).resolve("__main__.py"))) {
                String name = PythonProject.importName(pkg);
                return new StartCommand(List.of("python", "-m", name),
                        "command python -m " + name + ": " + pkg + "/__main__.py exists");
            }
        }
        for (String module : List.of("main.py", "app.py", "server.py")) {
            if (modules.contains(module)) {
                return new StartCommand(List.of("python", module), "command python " + module + ": " + module + " exists");
            }
        }
        List<String> script = PythonProject.projectScript(baseDir.resolve(PythonProject.PYPROJECT));
        if (!script.isEmpty()) {
            return new StartCommand(List.of("python", "-c", "import sys; from " + script.get(0) + " import " + script.get(1)
                    + "; sys.exit(" + script.get(1) + "())"),
                    "command " + script.get(0) + ":" + script.get(1) + " from [project.scripts] in pyproject.toml");
        }
        throw new ConfigurationException(Parameter.COMMAND, "is not set and no entry point was found: no Procfile web"
                + " line, no manage.py, no web framework among the dependencies, and none of app/main.py,"
                + " <package>/__main__.py, main.py, app.py, server.py or [project.scripts] in pyproject.toml."
                + " Set <command> to the command that starts the service, e.g. <command>python -m myservice</command>.");
    }
}
