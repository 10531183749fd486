#!/usr/bin/env python3
"""A local Python package index of real upstream packages, for the Python ITs (PyPI is not reachable).

  python3 it/lib/wheelhouse.py DIR DEBIAN-PACKAGE[+DEBIAN-PACKAGE]...

Downloads each Debian binary package (apt-get download, into DIR/debs, kept between runs) and turns
the upstream distribution it installs under /usr/lib/python3/dist-packages into a py3-none-any wheel
in DIR/wheels, then writes a PEP 503 index of them to DIR/simple, for
`python3 -m http.server --directory DIR` and `pip install --index-url http://127.0.0.1:PORT/simple/`.

Why binary packages: Debian's mirror here lacks the orig tarballs of several source packages (flask,
uvicorn and gunicorn answer 404), so `apt-get source` cannot build them all. The binary package holds
the upstream code and metadata (METADATA, or setuptools' PKG-INFO and requires.txt, and the entry
points pip makes the console scripts from). Compiled extensions are left out: they were built for the
host's CPython, and the packages used here fall back to pure Python without them; so are links into
other Debian packages (werkzeug's debugger links Debian's jQuery).

A package written `name:native` keeps its compiled extensions, in a wheel tagged for the CPython
and platform they were built for (cp311-cp311-linux_x86_64 on bookworm): an extension linked to a
Debian library (psycopg2 to libpq) is what the native-dependency IT builds its image from.

Debian splits some upstream distributions in two: `a+b` puts the files of b (which has no metadata of
its own) into a's wheel, as upstream's wheel has them (python3-setuptools+python3-pkg-resources).
The unconditional dependencies are the .deb's Depends on the other packages given, with Debian's
bounds, which Debian tested the package with: Debian's setuptools metadata often lists none of them,
and Debian's fastapi 0.92 says starlette <0.26 upstream and ships with starlette 0.26.1.
"""
import base64
import glob
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold: the same bytes every run


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def download(debs, package):
    """The .deb of a package, downloaded once."""
    found = glob.glob(os.path.join(debs, glob.escape(package) + "_*.deb"))
    if found:
        return found[0]
    for attempt in (1, 2):
        done = subprocess.run(["apt-get", "download", "-q", package], cwd=debs, capture_output=True, text=True)
        found = glob.glob(os.path.join(debs, glob.escape(package) + "_*.deb"))
        if done.returncode == 0 and found:
            return found[0]
        if attempt == 1:
            # A new machine may not have apt's package lists yet.
            subprocess.run(["apt-get", "update", "-qq"], capture_output=True)
    sys.exit(f"wheelhouse: apt-get download {package} failed: {done.stderr.strip()}")


def metadata_of(info):
    """METADATA text and entry points of a dist-info or egg-info directory."""
    entry_points = None
    if os.path.exists(os.path.join(info, "entry_points.txt")):
        with open(os.path.join(info, "entry_points.txt"), encoding="utf-8") as f:
            entry_points = f.read()
    if info.endswith(".dist-info"):
        with open(os.path.join(info, "METADATA"), encoding="utf-8") as f:
            return f.read(), entry_points
    with open(os.path.join(info, "PKG-INFO"), encoding="utf-8") as f:
        metadata = f.read()
    requires = os.path.join(info, "requires.txt")
    if os.path.exists(requires) and "Requires-Dist:" not in metadata:
        lines, extra = [], None
        with open(requires, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                section = re.fullmatch(r"\[([^:\]]*)(?::(.*))?\]", line)
                if section:
                    extra, marker = section.group(1) or None, section.group(2)
                    extra = (extra, marker)
                    continue
                if not line:
                    continue
                markers = []
                if extra and extra[0]:
                    markers.append(f'extra == "{extra[0]}"')
                if extra and extra[1]:
                    markers.append(f"({extra[1]})")
                lines.append("Requires-Dist: " + line + ("; " + " and ".join(markers) if markers else ""))
        head, sep, body = metadata.partition("\n\n")
        metadata = head + "\n" + "\n".join(lines) + sep + body if lines else metadata
    return metadata, entry_points


def field(metadata, name):
    match = re.search(rf"^{name}: *(.+)$", metadata, re.M)
    if not match:
        sys.exit(f"wheelhouse: no {name} in the package's metadata")
    return match.group(1).strip()


DEBIAN_OPERATORS = {">=": ">=", "<<": "<", ">>": ">", "<=": "<=", "=": "=="}


def debian_depends(deb):
    """The .deb's python3-* dependencies: Debian name -> pip specifier of the bound ('' when unbounded)."""
    depends = subprocess.run(["dpkg-deb", "-f", deb, "Depends"], capture_output=True, text=True, check=True).stdout
    bounds = {}
    for relation in depends.split(","):
        first = relation.split("|")[0].strip()
        match = re.fullmatch(r"(python3-[a-z0-9.+-]+)(?:\s*\((>=|<<|>>|<=|=)\s*(?:[0-9]+:)?([^)\s-]+)(?:-[^)\s]*)?\))?", first)
        if match:
            bounds[match.group(1)] = DEBIAN_OPERATORS[match.group(2)] + match.group(3) if match.group(2) else ""
    return bounds


def with_debian_depends(metadata, depends, names):
    """
    The unconditional Requires-Dist lines as Debian resolved them: each distribution the .deb depends on
    (among those in this wheelhouse) with the .deb's bound, which Debian tested the package with. Debian's
    setuptools metadata (requires.txt) often lacks the unconditional requirements; its Depends has them.
    """
    wanted = {}
    for debian, bound in depends.items():
        if debian in names:
            wanted[normalize(names[debian])] = names[debian] + bound
    kept = []
    for line in metadata.split("\n\n", 1)[0].splitlines():
        match = re.match(r"Requires-Dist: *([A-Za-z0-9][A-Za-z0-9._-]*)(.*)$", line)
        if match and ";" not in match.group(2) and normalize(match.group(1)) in wanted:
            continue
        kept.append(line)
    head = "\n".join(kept + [f"Requires-Dist: {r}" for _, r in sorted(wanted.items())])
    body = metadata.split("\n\n", 1)
    return head + ("\n\n" + body[1] if len(body) > 1 else "\n")


def extract(debs, tmp):
    """Unpacks the .debs into tmp; returns (site-packages, its one distribution's info directory, name)."""
    for deb in debs:
        subprocess.run(["dpkg-deb", "-x", deb, tmp], check=True)
    site = os.path.join(tmp, "usr/lib/python3/dist-packages")
    infos = glob.glob(os.path.join(site, "*.dist-info")) + glob.glob(os.path.join(site, "*.egg-info"))
    if len(infos) != 1:
        sys.exit(f"wheelhouse: {os.path.basename(debs[0])} holds {len(infos)} distributions, expected one")
    return site, infos[0], field(metadata_of(infos[0])[0], "Name")


def native_tag():
    """The wheel tag of this machine's CPython extensions, as a wheel built here would have it."""
    import sysconfig
    version = f"cp{sys.version_info.major}{sys.version_info.minor}"
    return f"{version}-{version}-" + sysconfig.get_platform().replace("-", "_").replace(".", "_")


def wheel_of(deb, site, info_dir, names, wheels, native=False):
    """Writes the wheel of the distribution in site; returns (name, file)."""
    metadata, entry_points = metadata_of(info_dir)
    metadata = with_debian_depends(metadata, debian_depends(deb), names)
    name, version = field(metadata, "Name"), field(metadata, "Version")
    stem = f"{re.sub(r'[-_.]+', '_', name)}-{version}"
    files = {}
    for root, dirs, filenames in os.walk(site):
        dirs[:] = [d for d in dirs if d != "__pycache__" and os.path.join(root, d) != info_dir]
        for n in filenames:
            path = os.path.join(root, n)
            if (not native and (n.endswith(".so") or ".so." in n)) or n.endswith(".pyc"):
                continue
            if not os.path.exists(path):
                # A link into another Debian package (werkzeug's debugger links Debian's jQuery).
                continue
            with open(path, "rb") as f:
                files[os.path.relpath(path, site).replace(os.sep, "/")] = f.read()
    info = f"{stem}.dist-info"
    files[f"{info}/METADATA"] = metadata.encode("utf-8")
    tag = native_tag() if native else "py3-none-any"
    files[f"{info}/WHEEL"] = ("Wheel-Version: 1.0\nGenerator: dockerfile-maven-plugin it/lib/wheelhouse.py\n"
                              f"Root-Is-Purelib: {'false' if native else 'true'}\nTag: {tag}\n").encode("utf-8")
    if entry_points:
        files[f"{info}/entry_points.txt"] = entry_points.encode("utf-8")
    record = []
    for path in sorted(files):
        digest = base64.urlsafe_b64encode(hashlib.sha256(files[path]).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(files[path])}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode("utf-8")
    target = os.path.join(wheels, f"{stem}-{tag}.whl")
    with zipfile.ZipFile(target + ".tmp", "w", zipfile.ZIP_DEFLATED) as whl:
        for path in sorted(files):
            entry = zipfile.ZipInfo(path, EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            whl.writestr(entry, files[path])
    os.replace(target + ".tmp", target)
    return name, target


def write_index(root, built):
    simple = os.path.join(root, "simple")
    shutil.rmtree(simple, ignore_errors=True)
    os.makedirs(simple)
    projects = sorted({normalize(name) for name, _ in built})
    with open(os.path.join(simple, "index.html"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html>\n<html><body>\n")
        f.writelines(f'<a href="{p}/">{p}</a>\n' for p in projects)
        f.write("</body></html>\n")
    for project in projects:
        os.makedirs(os.path.join(simple, project))
        with open(os.path.join(simple, project, "index.html"), "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html>\n<html><body>\n")
            for name, path in sorted(built):
                if normalize(name) == project:
                    with open(path, "rb") as w:
                        digest = hashlib.sha256(w.read()).hexdigest()
                    file = os.path.basename(path)
                    f.write(f'<a href="../../wheels/{html.escape(file)}#sha256={digest}">{html.escape(file)}</a>\n')
            f.write("</body></html>\n")


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    root = os.path.abspath(argv[1])
    debs, wheels = os.path.join(root, "debs"), os.path.join(root, "wheels")
    os.makedirs(debs, exist_ok=True)
    os.makedirs(wheels, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        unpacked, names = [], {}
        for i, spec in enumerate(argv[2:]):
            package, native = spec.removesuffix(":native"), spec.endswith(":native")
            parts = [download(debs, part) for part in package.split("+")]
            site, info, name = extract(parts, os.path.join(tmp, str(i)))
            names[package.split("+")[0]] = name
            unpacked.append((parts[0], site, info, native))
        built = [wheel_of(deb, site, info, names, wheels, native) for deb, site, info, native in unpacked]
    write_index(root, built)
    print(f"wheelhouse: {len(built)} wheels in {wheels}, index in {os.path.join(root, 'simple')}")


if __name__ == "__main__":
    main(sys.argv)
