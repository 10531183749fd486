package dev.dockerfile.stacks.python;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.config.BuildMode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Detection;
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
        PythonProject python = PythonProject.scan(context.project().baseDir(), settings.command());
        context.note(python.versionReason());
        context.note(python.commandReason());
        String image = "python:" + python.pythonVersion() + "-slim";

        String pip = "python -m pip --python " + VENV + "/bin/python install "
                + (settings.cacheMounts() ? "" : "--no-cache-dir ") + "-r requirements.txt";
        String install = (settings.cacheMounts() ? PIP_CACHE_MOUNT : "")
                + (python.manifest().equals(PythonProject.REQUIREMENTS) ? pip
                        : ShellSyntax.chain(List.of(PYPROJECT_DEPENDENCIES, pip)));
        List<Copy> packages = new ArrayList<>();
        List<String> include = new ArrayList<>(List.of(python.manifest()));
        for (String pkg : python.packages()) {
            packages.add(Copy.fromContext(pkg + "/", "./" + PythonProject.importName(pkg) + "/"));
            include.add(pkg);
        }
        include.addAll(python.modules());
        List<String> exclude = List.of("**/__pycache__", "**/*.py[cod]", "**/tests", "**/test_*.py", "**/*_test.py");

        String createVenv = ShellSyntax.chain(List.of("python -m venv --without-pip " + VENV,
                "printf '%s\\n' " + ShellSyntax.quote(SIGTERM_LINE) + " \\\n      > \"$(" + VENV + "/bin/python -c "
                        + ShellSyntax.quote(SITE_PACKAGES) + ")/" + SIGTERM_FILE + "\""));
        context.note("signals: " + SIGTERM_FILE + " in the virtualenv makes python exit on SIGTERM (143)"
                + " unless the application handles it");

        context.note("build mode " + BuildMode.SOURCE.id());
        return new StackPlan(BuildMode.SOURCE, image, image, python.command(), Map.of(),
                new Plan.IgnoreList(include, exclude), null,
                new PythonPlan(python.manifest(), VENV, createVenv, install, packages, python.modules()));
    }
}
