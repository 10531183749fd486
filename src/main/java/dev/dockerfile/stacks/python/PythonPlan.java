package dev.dockerfile.stacks.python;

import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Doc;
import dev.dockerfile.plan.StackDetails;
import java.util.List;

/** The Python stack's part of a plan ({@code python} in the templates). */
@StackDetails.Variable("python")
public record PythonPlan(
        @Doc("the dependency manifest copied first: `requirements.txt` or `pyproject.toml`") String manifest,
        @Doc("the files the manifest includes (`-r requirements/base.txt`), copied with it") List<Copy> includes,
        @Doc("the virtualenv the dependencies are installed into, copied whole into the final stage") String venv,
        @Doc("the command (after `RUN`) that creates it, with the `.pth` line that makes Python exit on SIGTERM")
                String createVenv,
        @Doc("the builder's build arguments that name a private package index (`PIP_INDEX_URL`); never in the final stage")
                List<String> indexArgs,
        @Doc("the command (after `RUN`) that installs the dependencies into it") String install,
        @Doc("the builder's command (after `RUN`) that lists the Debian packages of the shared libraries the"
                + " virtualenv's extensions link to, or empty when no dependency is native") String listLibraries,
        @Doc("the file it writes, copied into the final stage") String librariesFile,
        @Doc("the final stage's command (after `RUN`) that installs those packages, or empty") String installLibraries,
        @Doc("Django's collectstatic command (after `RUN`) in the `static` stage, or empty") String collectStatic,
        @Doc("what the final stage copies from the `static` stage, or null") Copy staticFiles,
        @Doc("directories the application writes to, owned by its user (Flask's `/app/instance`)") List<String> writableDirs,
        @Doc("the application's packages and the directories it reads at run time (`templates/`), copied into the"
                + " final stage") List<Copy> packages,
        @Doc("the application's top-level modules (`main.py`)") List<String> modules) implements StackDetails {

    public PythonPlan {
        includes = List.copyOf(includes);
        indexArgs = List.copyOf(indexArgs);
        packages = List.copyOf(packages);
        modules = List.copyOf(modules);
        writableDirs = List.copyOf(writableDirs);
    }
}
