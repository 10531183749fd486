package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.config.BuildMode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Detection;
import dev.dockerfile.plan.FixedTimes;
import dev.dockerfile.plan.Plan;
import dev.dockerfile.plan.PlanContext;
import dev.dockerfile.plan.StackPlan;
import dev.dockerfile.plan.StackPlanner;
import dev.dockerfile.render.ShellSyntax;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Python service: a virtualenv of its dependencies built without pip, then the interpreter, the
 * virtualenv and the application's own packages.
 */
public final class PythonPlanner implements StackPlanner {
    static final String VENV = "/opt/venv";
    /**
     * Python as PID 1 has no default action for SIGTERM (the kernel applies none to PID 1), so {@code docker
     * stop} waits its 10 s and kills. Every start of the virtualenv's interpreter runs the import lines
     * of its site-packages' {@code .pth} files: this one restores SIGTERM's default action (exit at once,
     * status 143). An application or server that installs its own SIGTERM handler later (gunicorn,
     * uvicorn) replaces it, so their graceful shutdown runs as before.
     */
    static final String SIGTERM_LINE = "import os, signal; signal.signal(signal.SIGTERM, lambda *_: os._exit(143))";
    static final String SIGTERM_FILE = "sigterm.pth";
    /** The virtualenv's site-packages, as its own interpreter (the base image's version) names it. */
    private static final String SITE_PACKAGES = "import sysconfig; print(sysconfig.get_path(\"purelib\"))";
    private static final String PIP_CACHE_MOUNT = "--mount=type=cache,target=/root/.cache/pip ";
    /**
     * pip's site-wide configuration, as a BuildKit secret: the index URLs with their credentials
     * ({@code docker build --secret id=pip.conf,src=$HOME/.config/pip/pip.conf}). A secret is mounted for
     * the one step and is in no layer and no image's history; absent, pip runs as without it.
     */
    static final String PIP_SECRET_MOUNT = "--mount=type=secret,id=pip.conf,target=/etc/pip.conf ";
    /** The variables pip reads an index from, taken as build arguments of the builder alone. */
    static final List<String> INDEX_ARGS = List.of("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL");
    /** Where the builder lists the Debian packages of the libraries the virtualenv's extensions link to. */
    static final String LIBRARIES_FILE = "/runtime-packages";
    /** The static stage's root (the builder's /rootfs holds the virtualenv): collectstatic's output at its final path, at time 0. */
    private static final String STATIC_ROOTFS = "/rootfs-static";
    /** Reads {@code [project].dependencies} with the standard library: no build backend, no index access for it. */
    private static final String PYPROJECT_DEPENDENCIES = "python -c \"import tomllib; print('\\n'.join(tomllib.load("
            + "open('pyproject.toml', 'rb')).get('project', {}).get('dependencies', [])))\" > requirements.txt";

    @Override
    public Optional<Detection> detect(ProjectInfo project, ValidSettings settings) {
        for (String marker : PythonProject.MANIFESTS) {
            if (Files.isRegularFile(project.baseDir().resolve(marker))) {
                return Optional.of(Detection.service("stack python: " + marker + " is in the module directory"));
            }
        }
        return Optional.empty();
    }

    /** Poetry's requirements as words of pip's command line, each one shell word (they come from a project file). */
    private static String poetryWords(List<String> requirements) {
        StringBuilder words = new StringBuilder();
        for (String requirement : requirements) {
            words.append(" \\\n      ").append(ShellSyntax.quote(requirement));
        }
        return words.toString();
    }

    @Override
    public Class<PythonPlan> detailsType() {
        return PythonPlan.class;
    }

    @Override
    public String looksFor() {
        return "no " + String.join(" or ", PythonProject.MANIFESTS);
    }

    @Override
    public StackPlan plan(PlanContext context) throws ConfigurationException {
        ValidSettings settings = context.settings();
        if (settings.buildMode() == BuildMode.ARTIFACT) {
            context.note("buildMode artifact ignored: a Python service is always built from its source");
        }
        PythonProject python = PythonProject.scan(context.project().baseDir(), settings.command(), settings.port());
        context.note(python.versionReason());
        context.note(python.commandReason());
        String slim = "python:" + python.pythonVersion() + "-slim";
        // Compilers and headers are in the full image; the runtime stays slim and gets only the libraries.
        String builderImage = python.nativeReason() == null ? slim : "python:" + python.pythonVersion();
        if (python.nativeReason() != null) {
            context.note("builder " + builderImage + ": " + python.nativeReason() + " needs a compiler; the runtime"
                    + " installs only the Debian packages of the libraries the built extensions link to");
        }

        String pip = "python -m pip --python " + VENV + "/bin/python install "
                + (settings.cacheMounts() ? "" : "--no-cache-dir ") + "-r requirements.txt";
        String install = (settings.cacheMounts() ? PIP_CACHE_MOUNT + PIP_SECRET_MOUNT : "")
                + (python.manifest().equals(PythonProject.REQUIREMENTS) ? pip
                        : ShellSyntax.chain(List.of(PYPROJECT_DEPENDENCIES, pip + poetryWords(python.poetry()))));
        if (!python.poetry().isEmpty()) {
            context.note("dependencies: [tool.poetry.dependencies] as pip requirements: " + String.join(" ", python.poetry()));
        }
        List<Copy> includes = new ArrayList<>();
        List<String> include = new ArrayList<>(List.of(python.manifest()));
        for (String file : python.includes()) {
            String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
            includes.add(Copy.fromContext(file, "./" + dir));
            include.add(file);
        }
        List<Copy> packages = new ArrayList<>();
        for (String pkg : python.packages()) {
            packages.add(Copy.fromContext(pkg + "/", "./" + PythonProject.importName(pkg) + "/"));
            include.add(pkg);
        }
        for (String dir : python.dataDirs()) {
            packages.add(Copy.fromContext(dir + "/", "./" + dir + "/"));
            include.add(dir);
        }
        for (String file : python.commandFiles()) {
            String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
            packages.add(Copy.fromContext(file, "./" + dir));
            include.add(file);
        }
        if (!python.commandFiles().isEmpty()) {
            context.note("copies " + String.join(", ", python.commandFiles()) + ": read by the start command");
        }
        if (!python.dataDirs().isEmpty()) {
            context.note("copies " + String.join(", ", python.dataDirs().stream().map(d -> d + "/").toList())
                    + ": read by web applications at run time");
        }
        include.addAll(python.modules());
        List<String> exclude = List.of("**/__pycache__", "**/*.py[cod]", "**/tests", "**/test_*.py", "**/*_test.py");

        String createVenv = ShellSyntax.chain(List.of("python -m venv --without-pip " + VENV,
                "printf '%s\\n' " + ShellSyntax.quote(SIGTERM_LINE) + " \\\n      > \"$(" + VENV + "/bin/python -c "
                        + ShellSyntax.quote(SITE_PACKAGES) + ")/" + SIGTERM_FILE + "\""));
        context.note("signals: " + SIGTERM_FILE + " in the virtualenv makes python exit on SIGTERM (143)"
                + " unless the application handles it");
        if (python.command().get(0).equals("gunicorn") || python.command().get(0).equals("uvicorn")) {
            context.note("workers: " + python.command().get(0) + "'s default, one process; set WEB_CONCURRENCY in"
                    + " <env> or at docker run for more");
        }

        String collectStatic = "";
        Copy staticFiles = null;
        DjangoProject django = python.django();
        if (django != null) {
            context.note(django.staticReason());
            if (django.staticRoot() != null) {
                String root = django.staticRoot();
                String path = root.startsWith("/") ? root : Plan.WORKDIR + "/" + root;
                String parent = path.substring(0, path.lastIndexOf('/'));
                collectStatic = ShellSyntax.chain(List.of(VENV + "/bin/python manage.py collectstatic --noinput",
                        "mkdir -p " + STATIC_ROOTFS + parent, "cp -a " + ShellSyntax.quote(path) + " " + STATIC_ROOTFS + parent + "/",
                        FixedTimes.touch(List.of(STATIC_ROOTFS))));
                staticFiles = FixedTimes.copyRoot("static", STATIC_ROOTFS);
            }
        }
        List<String> writable = python.writableDirs().stream().map(d -> Plan.WORKDIR + "/" + d).toList();
        if (!writable.isEmpty()) {
            context.note("writable by the user: " + String.join(", ", writable) + " (Flask's instance folder)");
        }
        String listLibraries = "";
        String installLibraries = "";
        if (python.nativeReason() != null) {
            listLibraries = NativeLibraries.list(VENV, LIBRARIES_FILE);
            installLibraries = NativeLibraries.install("/tmp" + LIBRARIES_FILE);
        }

        context.note("build mode " + BuildMode.SOURCE.id());
        return new StackPlan(BuildMode.SOURCE, builderImage, slim, python.command(), Map.of(),
                new Plan.IgnoreList(include, exclude), null,
                new PythonPlan(python.manifest(), includes, VENV, createVenv, INDEX_ARGS, install, listLibraries,
                        LIBRARIES_FILE, installLibraries, collectStatic, staticFiles, writable, packages, python.modules()));
    }
}
