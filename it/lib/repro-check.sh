#!/usr/bin/env bash
# Builds one generated Dockerfile twice with --no-cache (two tags) and fails when the two images'
# layers differ: the same commit, built twice, must give the same layer digests, so a registry stores
# and a pipeline pulls a layer only when its inputs changed. Prints one line per layer (SAME or
# DIFF, with the step that made it) and the config fields that differ, on stdout.
#
#   it/lib/repro-check.sh MODULE_DIR NAME [VARYING_REGEX...]
#
#   MODULE_DIR      the module (the build context)
#   NAME            image name part
#   VARYING_REGEX   steps (their history's created_by) whose layers may still differ between two
#                   builds, with the reason in the caller; reported as VARIES, not a failure
#
# Environment as docker-check.sh: DOCKERFILE_IT_DOCKERFILE (default target/docker/Dockerfile),
# DOCKERFILE_IT_RUN_ID, DOCKERFILE_IT_DOCKER=auto|require|skip.
set -Eeuo pipefail

module=$1; name=$2; shift 2
varying=("$@")
DOCKER=${DOCKER:-/usr/bin/docker}
export DOCKER_BUILDKIT=1
dockerfile=${DOCKERFILE_IT_DOCKERFILE:-target/docker/Dockerfile}
run=$(printf '%s' "${DOCKERFILE_IT_RUN_ID:-$$-$(date +%s%N)}" | tr -c 'A-Za-z0-9_.-' '-')
repo="dockerfile-it/$name-repro"

# shellcheck source-path=SCRIPTDIR source=engine-check.sh
. "$(dirname "$0")/engine-check.sh"
engine_check "$name (reproducibility)" "$name"

tmp=$(mktemp -d)
trap '"$DOCKER" rmi "$repo:$run-1" "$repo:$run-2" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
start=$(date +%s%N)
for i in 1 2; do
  # --no-cache: every step runs again, as on a pipeline's fresh runner.
  if ! (cd "$module" && "$DOCKER" build --network host --no-cache -q -f "$dockerfile" -t "$repo:$run-$i" .) \
      > "$tmp/build-$i.log" 2>&1; then
    tail -20 "$tmp/build-$i.log"
    echo "FAILED [$name]: build $i of $dockerfile failed" >&2
    exit 1
  fi
  "$DOCKER" save "$repo:$run-$i" > "$tmp/image-$i.tar"
done
seconds=$(( ($(date +%s%N) - start) / 1000000 ))

python3 - "$tmp/image-1.tar" "$tmp/image-2.tar" "$name" "${varying[@]}" <<'PY'
import json, re, sys, tarfile

def config(path):
    with tarfile.open(path) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))[0]
        return json.load(tar.extractfile(manifest["Config"]))

first, second, name, varying = config(sys.argv[1]), config(sys.argv[2]), sys.argv[3], sys.argv[4:]
# One history entry per instruction; the ones without empty_layer made the layers, in order.
steps = [h.get("created_by", "(base image)") for h in first["history"] if not h.get("empty_layer")]
layers = (first["rootfs"]["diff_ids"], second["rootfs"]["diff_ids"])
if len(layers[0]) != len(layers[1]) or len(steps) != len(layers[0]):
    sys.exit(f"FAILED [{name}]: the two builds have different layer counts")
failed = []
for step, a, b in zip(steps, *layers):
    if a == b:
        state = "SAME  "
    elif any(re.search(v, step) for v in varying):
        state = "VARIES"
    else:
        state = "DIFF  "
        failed.append(step)
    print(f"{state} {a[7:19]} {b[7:19]} {step[:110]}")
# created, and the time in each history entry, are the build's time; a pipeline that needs them
# fixed sets them (docs/reproducible-images.md). Everything else in the config must be the same.
untimed = lambda c: {**c, "created": None, "history": [{**h, "created": None} for h in c["history"]]}
differ = sorted(k for k in first if k != "rootfs" and first[k] != second.get(k))
print("config fields that differ: " + (", ".join(differ) or "none"))
other = sorted(k for k in first if untimed(first)[k] != untimed(second).get(k) and k != "rootfs")
if failed:
    print(f"FAILED [{name}]: two --no-cache builds of the same inputs gave different layers for: "
          + "; ".join(s[:110] for s in failed), file=sys.stderr)
    sys.exit(1)
if other:
    print(f"FAILED [{name}]: the image configs differ in {', '.join(other)}", file=sys.stderr)
    sys.exit(1)
PY
echo "PASSED docker checks for $name (reproducibility): two --no-cache builds, same layers (${seconds} ms)"
