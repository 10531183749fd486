package dev.dockerfile.stacks.python;

/**
 * The shared libraries that extensions built in the full Python image link to, as Debian packages
 * for the slim runtime. The list is made where the extensions are, at build time: {@code ldd} on
 * every shared object of the virtualenv, each library found outside it (a wheel's own bundled
 * libraries are inside) mapped to its package by {@code dpkg -S}. The runtime then installs those
 * packages and nothing they merely recommend; what the slim image already has stays as it is.
 */
final class NativeLibraries {
    private NativeLibraries() {
    }

    /**
     * The builder's command that writes the package list to {@code file}: a Python program (the
     * builder has Python, and no pipe hides a failing step) run by the builder's interpreter.
     */
    static String list(String venv, String file) {
        return "python -c 'import glob, os, re, subprocess, sys; \\\n"
                + "      run = lambda *a: subprocess.run(a, capture_output=True, text=True).stdout; \\\n"
                + "      links = \"\".join(run(\"ldd\", f) for f in glob.glob(\"" + venv + "/**/*.so*\", recursive=True)); \\\n"
                // A library the builder lacks would be missing at run time too: stop here, and say so.
                + "      missing = sorted(set(re.findall(r\"(\\S+) => not found\", links))); \\\n"
                + "      missing and sys.exit(\"the virtualenv links to \" + \", \".join(missing) + \", which the builder image"
                + " lacks: set <builderImage> to one with their -dev packages\"); \\\n"
                + "      libs = {m for m in re.findall(r\"=> (/\\S+)\", links) if not m.startswith(\"" + venv + "/\")}; \\\n"
                // dpkg knows a library by the path its package installed: /lib/... or /usr/lib/..., or the file a link names.
                + "      owners = {line.split(\":\")[0] for lib in libs for path in (lib, \"/usr\" + lib, os.path.realpath(lib))"
                + " for line in run(\"dpkg\", \"-S\", path).splitlines() if not line.startswith(\"diversion\")}; \\\n"
                + "      open(\"" + file + "\", \"w\").write(\"\".join(p + \"\\n\" for p in sorted(owners)))'";
    }

    /** The final stage's command that installs the listed packages, then removes apt's lists and the list. */
    static String install(String file) {
        return "if [ -s " + file + " ]; then apt-get update \\\n"
                + "      && xargs apt-get install -y --no-install-recommends < " + file + " \\\n"
                // apt's lists and its package caches (pkgcache.bin: tens of MB) stay out of the layer.
                + "      && apt-get clean && rm -rf /var/lib/apt/lists/*; fi \\\n"
                + " && rm " + file;
    }
}
