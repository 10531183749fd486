package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.plan.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Django project as {@code django-admin startproject} lays it out: {@code manage.py} names the
 * settings module, the settings name the WSGI and ASGI applications and where {@code collectstatic}
 * gathers the static files.
 *
 * @param settingsModule {@code mysite.settings}
 * @param wsgi the WSGI application as {@code module:object}
 * @param asgi the ASGI application as {@code module:object}, or null when the project has no asgi.py
 * @param staticRoot where collectstatic writes, relative to the module directory (or absolute), or null
 * @param staticReason why there is, or is not, a collectstatic step
 */
record DjangoProject(String settingsModule, String wsgi, String asgi, String staticRoot, String staticReason) {
    static final String MANAGE = "manage.py";
    private static final Pattern SETTINGS = Pattern.compile("DJANGO_SETTINGS_MODULE[\"']\\s*,\\s*[\"']([A-Za-z_][\\w.]*)[\"']");
    private static final Pattern APPLICATION =
            Pattern.compile("^(WSGI|ASGI)_APPLICATION\\s*=\\s*[\"']([A-Za-z_][\\w.]*)\\.([A-Za-z_]\\w*)[\"']");
    private static final Pattern STATIC_ROOT = Pattern.compile("^STATIC_ROOT\\s*(?::[^=]+)?=\\s*(.+)$");
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']*)[\"']");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /** The project, when the module has manage.py naming its settings. */
    static Optional<DjangoProject> find(Path baseDir) throws ConfigurationException {
        Path manage = baseDir.resolve(MANAGE);
        if (!Files.isRegularFile(manage)) {
            return Optional.empty();
        }
        Matcher m = SETTINGS.matcher(ProjectFiles.readUtf8(manage, MANAGE));
        if (!m.find()) {
            return Optional.empty();
        }
        String settingsModule = m.group(1);
        String project = settingsModule.split("\\.")[0];
        String wsgi = null;
        String asgi = null;
        String staticLine = null;
        boolean staticfilesApp = false;
        for (String file : settingsFiles(baseDir, settingsModule)) {
            for (String line : ProjectFiles.readUtf8Lines(baseDir.resolve(file), file)) {
                Matcher app = APPLICATION.matcher(line);
                if (app.find()) {
                    String target = app.group(2) + ":" + app.group(3);
                    if (app.group(1).equals("WSGI")) {
                        wsgi = wsgi == null ? target : wsgi;
                    } else {
                        asgi = asgi == null ? target : asgi;
                    }
                }
                Matcher root = STATIC_ROOT.matcher(line);
                if (root.find() && staticLine == null) {
                    staticLine = root.group(1).replaceAll("\\s+#.*$", "").trim();
                }
                staticfilesApp |= line.contains("django.contrib.staticfiles");
            }
        }
        if (wsgi == null && Files.isRegularFile(baseDir.resolve(project).resolve("wsgi.py"))) {
            wsgi = project + ".wsgi:application";
        }
        if (asgi == null && Files.isRegularFile(baseDir.resolve(project).resolve("asgi.py"))) {
            asgi = project + ".asgi:application";
        }
        String staticRoot = null;
        String reason;
        if (!staticfilesApp) {
            reason = "no collectstatic: django.contrib.staticfiles is not in the settings";
        } else if (staticLine == null) {
            reason = "no collectstatic: the settings set no STATIC_ROOT";
        } else {
            staticRoot = staticRoot(staticLine);
            reason = staticRoot == null
                    ? "no collectstatic: STATIC_ROOT = " + staticLine + " is not a path under BASE_DIR or an absolute path;"
                            + " run collectstatic in an overridden template"
                    : "collectstatic into " + staticRoot + " in the builder: STATIC_ROOT in the settings";
        }
        return Optional.of(new DjangoProject(settingsModule, wsgi, asgi, staticRoot, reason));
    }

    /**
     * STATIC_ROOT as a path: {@code BASE_DIR / "staticfiles"}, {@code os.path.join(BASE_DIR, 'static')}
     * and their {@code str(...)}/{@code Path(...)} forms are relative to the module directory (where
     * startproject's BASE_DIR points); a quoted absolute path stays absolute. Anything computed
     * (from the environment, say) is null: the build cannot know it.
     */
    static String staticRoot(String expression) {
        List<String> parts = new ArrayList<>();
        Matcher q = QUOTED.matcher(expression);
        while (q.find()) {
            parts.add(q.group(1));
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (!expression.contains("BASE_DIR")) {
            String only = parts.get(0);
            boolean literal = parts.size() == 1 && expression.matches("[\"'][^\"']*[\"']");
            return literal && only.startsWith("/") && only.length() > 1 && valid(only.substring(1).replaceAll("/$", ""))
                    ? only.replaceAll("/$", "") : null;
        }
        String relative = String.join("/", parts).replaceAll("^/+|/+$", "");
        return valid(relative) ? relative : null;
    }

    private static boolean valid(String path) {
        for (String segment : path.split("/")) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return !path.isEmpty();
    }

    /** {@code mysite/settings.py}, or every module of a settings package ({@code config/settings/base.py}, ...). */
    private static List<String> settingsFiles(Path baseDir, String settingsModule) {
        String path = settingsModule.replace('.', '/');
        if (Files.isRegularFile(baseDir.resolve(path + ".py"))) {
            List<String> files = new ArrayList<>(List.of(path + ".py"));
            // A settings module that imports a sibling ("from .base import *") keeps its values there.
            String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            if (!parent.isEmpty() && Files.isRegularFile(baseDir.resolve(parent).resolve("__init__.py"))
                    && !parent.equals(settingsModule.split("\\.")[0])) {
                files.addAll(pythonFiles(baseDir, parent));
            }
            return files;
        }
        if (Files.isDirectory(baseDir.resolve(path))) {
            return pythonFiles(baseDir, path);
        }
        return List.of();
    }

    private static List<String> pythonFiles(Path baseDir, String dir) {
        try (Stream<Path> list = Files.list(baseDir.resolve(dir))) {
            return list.filter(p -> p.toString().endsWith(".py"))
                    .map(p -> dir + "/" + p.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
