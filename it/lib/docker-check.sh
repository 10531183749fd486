#!/usr/bin/env bash
# Builds, runs and inspects the image of one generated Dockerfile, the way a user would, and fails
# on the first broken promise. Called by the verify scripts of the it/ projects.
#
#   it/lib/docker-check.sh MODULE_DIR NAME TOUCH_FILE DEP_STEP_REGEX...
#
#   MODULE_DIR      the module whose target/docker/Dockerfile is built (the build context)
#   NAME            image and container name suffix
#   TOUCH_FILE      a source file (relative to MODULE_DIR) that gets a one-line change before the rebuild
#   DEP_STEP_REGEX  build steps that must report CACHED in the rebuild (the dependency layers)
#
# DOCKERFILE_IT_REBUILD: a command run (in DOCKERFILE_IT_REBUILD_DIR) after the change and before the
# rebuild, for images built from Maven's artifacts.
# Environment: DOCKERFILE_IT_DOCKERFILE, the Dockerfile to build (default target/docker/Dockerfile);
# DOCKERFILE_IT_KEEP, paths of the final image that are the application here although other stacks
# must not have them (e.g. /app/src for Node.js); DOCKERFILE_IT_STOP_MS, the most milliseconds
# `docker stop` may take (the service must handle SIGTERM as PID 1); DOCKERFILE_IT_EXPECT, a regular
# expression the HTTP answer must match; DOCKERFILE_IT_NO_DOWNLOADS=1, the rebuild's build step must
# add no artifact to the builder's Maven repository (the dependency step fetched all of them);
# DOCKERFILE_IT_DOCKER=auto (default: skip with a message when no engine answers),
# require (fail when none answers: CI), skip (never run). DOCKERFILE_IT_REPORT: a file that gets one
# Markdown table row per image (size, base size, first HTTP answer).
set -euo pipefail

module=$1; name=$2; touch_file=$3; shift 3
mode=${DOCKERFILE_IT_DOCKER:-auto}
DOCKER=${DOCKER:-/usr/bin/docker}
export DOCKER_BUILDKIT=1
image="dockerfile-it/$name:test"
dockerfile=${DOCKERFILE_IT_DOCKERFILE:-target/docker/Dockerfile}
container="dockerfile-it-$name"

if [ "$mode" = skip ]; then
  echo "SKIPPED docker checks for $name: DOCKERFILE_IT_DOCKER=skip"
  exit 0
fi
if ! "$DOCKER" info >/dev/null 2>&1; then
  if [ "$mode" = require ]; then
    echo "FAILED: no Docker engine answers ($DOCKER); start one with ../shared/docker-lab/engine-up" >&2
    exit 1
  fi
  echo "SKIPPED docker checks for $name: no Docker engine answers ($DOCKER)." \
       "Run ../shared/docker-lab/engine-up, or set DOCKERFILE_IT_DOCKER=require to make this a failure."
  exit 0
fi

fail() { echo "FAILED [$name]: $*" >&2; exit 1; }
cleanup() { "$DOCKER" rm -f "$container" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cd "$module"

echo "== [$name] docker build"
"$DOCKER" build --network host --progress=plain -f "$dockerfile" -t "$image" . >"build-1-$name.log" 2>&1 \
  || { tail -40 "build-1-$name.log" >&2; fail "docker build failed (see $module/build-1-$name.log)"; }

echo "== [$name] image metadata"
user=$("$DOCKER" image inspect -f '{{.Config.User}}' "$image")
[[ "$user" =~ ^[1-9][0-9]*(:[1-9][0-9]*)?$ ]] || fail "image user is '$user', expected a numeric non-root uid:gid"
ports=$("$DOCKER" image inspect -f '{{range $p, $v := .Config.ExposedPorts}}{{$p}} {{end}}' "$image")
[[ " $ports " == *" 3000/tcp "* ]] || fail "exposed ports are '$ports', expected 3000/tcp"

echo "== [$name] nothing of the build in the final image"
"$DOCKER" run --rm --network host --user 0 --entrypoint sh -e KEEP="${DOCKERFILE_IT_KEEP:-}" "$image" -c '
  found=""
  for tool in mvn javac gcc cc; do command -v "$tool" >/dev/null 2>&1 && found="$found $tool"; done
  for path in /root/.m2 /root/.cache/pip /root/.npm /home/node/.npm /build /usr/share/maven /app/src /app/pom.xml \
              /app/tests /app/test /app/docs /app/README.md /app/.eslintrc.json /app/node_modules/.cache; do
    case " $KEEP " in *" $path "*) continue ;; esac
    [ -e "$path" ] && found="$found $path"
  done
  [ -z "$found" ] || { echo "found:$found"; exit 1; }' || fail "the final image holds build tools, caches, tests or docs"

echo "== [$name] docker run"
start=$(date +%s%N)
"$DOCKER" run -d --network host --name "$container" "$image" >/dev/null
answer=""
for _ in $(seq 1 600); do
  if answer=$(curl -fsS --max-time 1 http://127.0.0.1:3000/ 2>/dev/null); then break; fi
  answer=""
  "$DOCKER" inspect -f '{{.State.Running}}' "$container" 2>/dev/null | grep -q true \
    || { "$DOCKER" logs "$container" >&2 || true; fail "the container exited before answering"; }
  sleep 0.1
done
end=$(date +%s%N)
[ -n "$answer" ] || { "$DOCKER" logs "$container" >&2 || true; fail "no HTTP answer on 127.0.0.1:3000 within 60 s"; }
startup_ms=$(( (end - start) / 1000000 ))
echo "   answer: $answer (after ${startup_ms} ms)"
if [ -n "${DOCKERFILE_IT_EXPECT:-}" ]; then
  [[ "$answer" =~ $DOCKERFILE_IT_EXPECT ]] || fail "the answer '$answer' does not match '$DOCKERFILE_IT_EXPECT'"
fi
uid=$("$DOCKER" exec "$container" id -u)
[ "$uid" != 0 ] || fail "the service runs as root"
echo "   id -u: $uid"
if [ -n "${DOCKERFILE_IT_STOP_MS:-}" ]; then
  stop_start=$(date +%s%N)
  "$DOCKER" stop "$container" >/dev/null
  stop_ms=$(( ($(date +%s%N) - stop_start) / 1000000 ))
  status=$("$DOCKER" inspect -f '{{.State.ExitCode}}' "$container")
  echo "   docker stop: ${stop_ms} ms, exit status $status"
  [ "$stop_ms" -le "$DOCKERFILE_IT_STOP_MS" ] \
    || fail "docker stop took ${stop_ms} ms (at most ${DOCKERFILE_IT_STOP_MS} ms): the service ignores SIGTERM"
fi
cleanup

echo "== [$name] one-line source change, rebuild"
case "$touch_file" in *.java|*.js|*.mjs|*.cjs|*.ts) comment="//" ;; *) comment="#" ;; esac
echo "$comment changed by docker-check" >> "$touch_file"
if [ -n "${DOCKERFILE_IT_REBUILD:-}" ]; then
  # Artifact mode: the image takes what Maven built, so Maven builds again first.
  (cd "${DOCKERFILE_IT_REBUILD_DIR:-.}" && eval "$DOCKERFILE_IT_REBUILD") >rebuild-maven.log 2>&1 \
    || { tail -30 rebuild-maven.log >&2; fail "the Maven rebuild failed"; }
fi
"$DOCKER" build --network host --progress=plain -f "$dockerfile" -t "$image" . >"build-2-$name.log" 2>&1 \
  || { tail -40 "build-2-$name.log" >&2; fail "the rebuild failed (see $module/build-2-$name.log)"; }
for step in "$@"; do
  ids=$(grep -E "^#[0-9]+ \[.*\] .*$step" "build-2-$name.log" | awk '{print $1}' | sort -u || true)
  [ -n "$ids" ] || fail "no build step matches '$step' (see $module/build-2-$name.log)"
  for id in $ids; do
    grep -qx "$id CACHED" "build-2-$name.log" || fail "step '$step' ($id) was rebuilt after a source change; expected CACHED"
  done
  echo "   CACHED: $step"
done
grep -qE "^#[0-9]+ CACHED" "build-2-$name.log" || fail "nothing was CACHED in the rebuild"
if [ "${DOCKERFILE_IT_NO_DOWNLOADS:-}" = 1 ]; then
  # The builder stage as rebuilt (all cached now); its last layer is the build step's.
  "$DOCKER" build --network host -q --target builder -f "$dockerfile" -t "$image-builder" . >/dev/null \
    || fail "the builder stage does not build on its own"
  saved=$(mktemp -d)
  "$DOCKER" save "$image-builder" | tar -x -C "$saved"
  last=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Layers"][-1])' "$saved/manifest.json")
  fetched=$(tar -tf "$saved/$last" | grep -E '^root/\.m2/repository/.*\.(jar|pom)$' || true)
  rm -rf "$saved"
  "$DOCKER" rmi "$image-builder" >/dev/null 2>&1 || true
  [ -z "$fetched" ] || fail "the rebuild's build step downloaded what the dependency step did not: $(echo "$fetched" | head -5 | tr '\n' ' ')"
  echo "   the rebuild downloaded nothing"
fi

size=$("$DOCKER" image inspect -f '{{.Size}}' "$image")
base_ref=$("$DOCKER" image inspect -f '{{index .Config.Labels "org.opencontainers.image.base.name"}}' "$image")
base=$("$DOCKER" image inspect -f '{{.Size}}' "$base_ref" 2>/dev/null || echo 0)
row=$(awk -v n="$name" -v s="$size" -v b="$base" -v r="$base_ref" -v t="$startup_ms" \
  'BEGIN { printf "| %s | %.1f MB | %s %.1f MB | %.1f MB | %d ms |", n, s/1e6, r, b/1e6, (s-b)/1e6, t }')
echo "   $row"
if [ -n "${DOCKERFILE_IT_REPORT:-}" ]; then
  echo "$row" >"$DOCKERFILE_IT_REPORT"
fi
echo "PASSED docker checks for $name"
