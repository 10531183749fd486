package dev.dockerfile.stacks.python;

import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Doc;
import dev.dockerfile.plan.StackDetails;
import java.util.List;

/** The Python stack's part of a plan ({@code python} in the templates). */
@StackDetails.Variable("python")
public record PythonPlan(
        @Doc("the dependency manifest copied first: `requirements.txt` or `pyproject.toml`") String manifest,
        @Doc("the virtualenv the dependencies are installed into, copied whole into the final stage") String venv,
        @Doc("the command (after `RUN`) that creates it, with the `.pth` line that makes Python exit on SIGTERM")
                String createVenv,
        @Doc("the command (after `RUN`) that installs the dependencies into it") String install,
        @Doc("the application's packages, copied into the final stage") List<Copy> packages,
        @Doc("the application's top-level modules (`main.py`)") List<String> modules) implements StackDetails {

    public PythonPlan {
        packages = List.copyOf(packages);
        modules = List.copyOf(modules);
    }
}
