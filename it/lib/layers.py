#!/usr/bin/env python3
"""Maps the instructions of a Dockerfile's stage to the layers of the image built from it.

Used by docker-check.sh to compare layer digests between a build and the rebuild after a source
change. An image's config lists one history entry per instruction of its final stage (on top of the
base image's entries), and marks the entries that made no layer (`empty_layer`); its `rootfs.diff_ids`
are the layers in order. So the last N history entries belong to the stage's N instructions, and
counting the non-empty entries gives each instruction its layer.

  layers.py stages DOCKERFILE REGEX...
      one line per REGEX: the index of the REGEX and the names of the stages whose steps (RUN, COPY,
      ADD, WORKDIR) match it ('-' for the final stage), or exit 2 when no step matches it.
  layers.py map DOCKERFILE STAGE [--files-of-last-layer FILE] REGEX... < docker-save-tar
      one line per step of STAGE that matches a REGEX: the REGEX's index, the layer's diff ID
      (or '-' when the instruction made no layer) and the instruction. With --files-of-last-layer,
      the paths in the image's last layer are written to FILE.

STAGE is a stage name, or '-' for the final stage. Exit status 2 with a message on stderr when the
history does not line up with the Dockerfile (so a comparison never runs on a wrong mapping).
"""
import io
import json
import re
import sys
import tarfile


# Only these make layers (BuildKit's build steps); a LABEL that mentions `npm ci` is no dependency step.
STEPS = ("RUN", "COPY", "ADD", "WORKDIR")


def is_step(instruction, pattern):
    return instruction.split(None, 1)[0].upper() in STEPS and pattern.search(instruction) is not None


def fail(message):
    print("layers.py: " + message, file=sys.stderr)
    sys.exit(2)


def stages(text):
    """[(name, [instruction, ...]), ...] in file order; continuation lines joined, comments dropped."""
    result, current, pending = [], None, ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue  # a comment line inside a continuation is dropped, as BuildKit does
        if line.endswith("\\"):
            pending += line[:-1].rstrip() + " "
            continue
        instruction = (pending + line).strip()
        pending = ""
        if not instruction:
            continue
        keyword = instruction.split(None, 1)[0].upper()
        if keyword == "FROM":
            words = instruction.split()
            name = words[3].lower() if len(words) >= 4 and words[2].upper() == "AS" else None
            current = (name, [])
            result.append(current)
        elif current is not None:  # ARGs before the first FROM belong to no stage
            current[1].append(instruction)
    if not result:
        fail("no FROM in the Dockerfile")
    return result


def stage(all_stages, name):
    if name == "-":
        return all_stages[-1]
    for candidate in all_stages:
        if candidate[0] == name:
            return candidate
    fail("no stage named " + name)


def read_save(stream, want_last_files):
    """The image config and, if asked, the paths in the last layer, from a `docker save` stream (the
    layout of Docker before 25, `<id>.json` and `<dir>/layer.tar`, and the OCI layout after it, `blobs/`)."""
    small, listed = {}, {}
    with tarfile.open(fileobj=stream, mode="r|") as tar:
        for member in tar:
            if not member.isfile():
                continue
            content = tar.extractfile(member)
            if member.size < (8 << 20):
                data = content.read()
                small[member.name] = data
                content = io.BytesIO(data)
            if want_last_files and not member.name.endswith(".json"):
                try:
                    with tarfile.open(fileobj=content, mode="r|") as layer:
                        listed[member.name] = [entry.name for entry in layer]
                except tarfile.TarError:
                    pass  # a blob that is no layer
    manifest = json.loads(small["manifest.json"]) if "manifest.json" in small else None
    if not manifest or len(manifest) != 1:
        fail("the saved image has no manifest.json with exactly one image")
    config = small.get(manifest[0]["Config"])
    if config is None:
        fail("the saved image lacks its config " + manifest[0]["Config"])
    layers = manifest[0].get("Layers") or []
    return json.loads(config), listed.get(layers[-1], []) if layers else []


def history_keyword(created_by):
    """The instruction keyword of a history entry: BuildKit writes `COPY a b # buildkit`, the classic
    builder `/bin/sh -c #(nop)  COPY ...` for metadata and `/bin/sh -c ...` for RUN."""
    text = created_by.strip()
    if text.startswith("/bin/sh -c #(nop)"):
        text = text[len("/bin/sh -c #(nop)"):].strip()
    elif text.startswith("/bin/sh -c"):
        return "RUN"
    return text.split(None, 1)[0].upper() if text else ""


def layers_of(config, instructions):
    """[(instruction, diff_id or None)] for the stage's instructions, checked against the history."""
    history = config.get("history", [])
    diff_ids = config.get("rootfs", {}).get("diff_ids", [])
    if len(history) < len(instructions):
        fail("the image has %d history entries, fewer than the stage's %d instructions" % (len(history), len(instructions)))
    layer_of_entry, next_layer = [], 0
    for entry in history:
        if entry.get("empty_layer"):
            layer_of_entry.append(None)
        else:
            if next_layer >= len(diff_ids):
                fail("the history has more layers than rootfs.diff_ids")
            layer_of_entry.append(diff_ids[next_layer])
            next_layer += 1
    if next_layer != len(diff_ids):
        fail("the history has %d layers, rootfs.diff_ids %d" % (next_layer, len(diff_ids)))
    start = len(history) - len(instructions)
    result = []
    for offset, instruction in enumerate(instructions):
        entry = history[start + offset]
        expected = instruction.split(None, 1)[0].upper()
        found = history_keyword(entry.get("created_by", ""))
        if found != expected:
            fail("history entry %d is '%s', expected the Dockerfile's %s ('%s'): the image was not built from "
                 "this Dockerfile's stage" % (start + offset, entry.get("created_by", ""), expected, instruction[:80]))
        result.append((instruction, layer_of_entry[start + offset]))
    return result


def main(argv):
    if len(argv) >= 3 and argv[1] == "stages":
        all_stages = stages(open(argv[2], encoding="utf-8").read())
        for index, regex in enumerate(argv[3:]):
            pattern = re.compile(regex)
            names = []
            for position, (name, instructions) in enumerate(all_stages):
                if any(is_step(i, pattern) for i in instructions):
                    names.append("-" if position == len(all_stages) - 1 else (name or "#%d" % position))
            if not names:
                fail("no instruction of %s matches '%s'" % (argv[2], regex))
            print("%d\t%s" % (index, " ".join(names)))
        return
    if len(argv) >= 4 and argv[1] == "map":
        name, instructions = stage(stages(open(argv[2], encoding="utf-8").read()), argv[3])
        rest, files_out = argv[4:], None
        if rest[:1] == ["--files-of-last-layer"]:
            files_out, rest = rest[1], rest[2:]
        config, last_files = read_save(sys.stdin.buffer, files_out is not None)
        if files_out:
            with open(files_out, "w", encoding="utf-8") as out:
                out.write("".join(path + "\n" for path in last_files))
        mapped = layers_of(config, instructions)
        for index, regex in enumerate(rest):
            pattern = re.compile(regex)
            for instruction, diff_id in mapped:
                if is_step(instruction, pattern):
                    print("%d\t%s\t%s" % (index, diff_id or "-", instruction))
        return
    fail("usage: layers.py stages DOCKERFILE REGEX... | layers.py map DOCKERFILE STAGE [--files-of-last-layer FILE] REGEX...")


if __name__ == "__main__":
    main(sys.argv)
