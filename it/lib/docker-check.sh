#!/usr/bin/env bash
# Builds, runs and inspects the image of one generated Dockerfile, the way a user would, and fails
# on the first broken promise with a line `FAILED [NAME]: reason` on stderr. Called by the verify
# scripts of the it/ projects (through docker-check.groovy).
#
#   it/lib/docker-check.sh MODULE_DIR NAME TOUCH_FILE DEP_STEP_REGEX...
#
#   MODULE_DIR      the module whose target/docker/Dockerfile is built (the build context)
#   NAME            image and container name part
#   TOUCH_FILE      a source file (relative to MODULE_DIR) that gets a one-line change before the rebuild
#   DEP_STEP_REGEX  steps of the Dockerfile (RUN, COPY, ADD, WORKDIR: the dependency steps) that must not
#                   run again after the source change; in the final stage or a named one
#
# What users care about after a one-line source change is that no dependency step runs again (nothing
# downloaded, nothing to push or pull): each step must be CACHED in the rebuild or, when it ran again,
# have made the same layer (the same diff ID, from the image's RootFS.Layers mapped to the Dockerfile
# by layers.py). So a step whose cache BuildKit's GC evicted under load passes when it gives the same
# bytes (COPY does), and a CACHED step passes although, on an engine that many builds share, BuildKit's
# content-keyed cache may bring back another build's layer of the same files (another digest). A step
# that ran again with another layer (an evicted RUN does) gets one more chance, explained in the log: a
# second change and rebuild, where it must be CACHED or repeat its layer. A Dockerfile that really puts
# a dependency step after the source runs it again both times, and fails (it/cache-unfriendly).
#
# Environment: DOCKERFILE_IT_DOCKERFILE, the Dockerfile to build (default target/docker/Dockerfile);
# DOCKERFILE_IT_RUN_ID, part of every image and container name (docker-check.groovy passes one per
# Maven run; default: this shell's PID and the time), so that two runs never share a name; all of
# them are removed at the end, also on failure. DOCKERFILE_IT_REBUILD: a command run (in
# DOCKERFILE_IT_REBUILD_DIR) after each change and before the rebuild, for images built from Maven's
# artifacts. DOCKERFILE_IT_KEEP, paths of the final image that are the application here although other
# stacks must not have them (e.g. /app/src for Node.js); DOCKERFILE_IT_STOP_MS (default 2000), the
# time the service gets to exit after `docker stop` sends SIGTERM (as `docker stop --time`, in whole
# seconds) before it is killed: killed (status 137) fails, the time taken is reported;
# DOCKERFILE_IT_STOP_STATUS (default 143, what SIGTERM's default action gives, and the JVM, the Node.js
# preload and the Python .pth line), the exit status the service must stop with, or `any` (not 137);
# DOCKERFILE_IT_EXPECT, a regular expression the HTTP answer must match; DOCKERFILE_IT_NO_DOWNLOADS=1,
# the rebuild's build step must add no artifact to the builder's Maven repository (the dependency
# step fetched all of them); DOCKERFILE_IT_DOCKER=auto (default: skip with a message when no engine
# answers), require (fail when none answers: CI), skip (never run). DOCKERFILE_IT_REPORT: a file that
# gets one Markdown table row per image (size, base size, first HTTP answer, docker stop).
# DOCKERFILE_IT_BUILD_ARGS: NAME=VALUE words passed as --build-arg to every build (a private package
# index, say); none of their values may reach the final image's environment or history.
# DOCKERFILE_IT_PREPARE: a command run before the builds (making a local base image, say).
# DOCKERFILE_IT_PYTHON_INDEX=1: serve a package index of real upstream packages (it/lib/wheelhouse.py,
# from the Debian packages of it/lib/wheelhouse.txt, made once into target/wheelhouse) on 127.0.0.1
# during the builds, and pass it as --build-arg PIP_INDEX_URL: PyPI is not reachable here. With
# DOCKERFILE_IT_PYTHON_INDEX=secret, pass it in pip's configuration as the BuildKit secret pip.conf
# instead, as credentials are passed; in both cases its address must not reach the final image.
set -Eeuo pipefail

module=$1; name=$2; touch_file=$3; shift 3
steps=("$@")
here=$(cd "$(dirname "$0")" && pwd)
DOCKER=${DOCKER:-/usr/bin/docker}
export DOCKER_BUILDKIT=1
dockerfile=${DOCKERFILE_IT_DOCKERFILE:-target/docker/Dockerfile}
stop_ms_limit=${DOCKERFILE_IT_STOP_MS:-2000}
# Image tags and container names allow [A-Za-z0-9_.-].
run=$(printf '%s' "${DOCKERFILE_IT_RUN_ID:-$$-$(date +%s%N)}" | tr -c 'A-Za-z0-9_.-' '-')
repo="dockerfile-it/$name"
container="dockerfile-it-$name-$run"
# --network host: every container of every run listens on 127.0.0.1:3000, one at a time.
port_lock=${DOCKERFILE_IT_PORT_LOCK:-/tmp/dockerfile-it-port-3000.lock}

# shellcheck source-path=SCRIPTDIR source=engine-check.sh
. "$(dirname "$0")/engine-check.sh"
engine_check "$name" "$name"

fail() { echo "FAILED [$name]: $*" >&2; exit 1; }
trap 'fail "unexpected failure at docker-check.sh line $LINENO: $BASH_COMMAND"' ERR
made=()      # every image tag this run made, removed at the end
tmp=$(mktemp -d)
cleanup() {
  [ -z "${index_pid:-}" ] || kill "$index_pid" 2>/dev/null || true
  "$DOCKER" rm -f "$container" >/dev/null 2>&1 || true
  if [ ${#made[@]} -gt 0 ]; then "$DOCKER" rmi "${made[@]}" >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
index_pid=""
if [ -n "${DOCKERFILE_IT_PREPARE:-}" ]; then
  (eval "$DOCKERFILE_IT_PREPARE") >"$tmp/prepare.log" 2>&1 \
    || { tail -20 "$tmp/prepare.log" >&2; fail "the preparation failed: $DOCKERFILE_IT_PREPARE"; }
fi
secret_args=()
hidden=()   # values that must not reach the final image
if [ -n "${DOCKERFILE_IT_PYTHON_INDEX:-}" ]; then
  wheelhouse=${DOCKERFILE_IT_WHEELHOUSE:-$here/../../target/wheelhouse}
  mkdir -p "$wheelhouse"
  # One build of the wheelhouse for all the ITs, also when they run at once.
  (
    flock -w 600 9 || exit 1
    list=$(grep -v '^#' "$here/wheelhouse.txt" | tr '\n' ' ')
    if [ "$(cat "$wheelhouse/built-from" 2>/dev/null)" != "$list" ]; then
      # shellcheck disable=SC2086 # one package per word
      python3 "$here/wheelhouse.py" "$wheelhouse" $list && printf '%s' "$list" >"$wheelhouse/built-from"
    fi
  ) 9>"$wheelhouse.lock" >"$tmp/wheelhouse.log" 2>&1 \
    || { cat "$tmp/wheelhouse.log" >&2; fail "could not make the local package index (it/lib/wheelhouse.py)"; }
  python3 -u -m http.server --bind 127.0.0.1 0 --directory "$wheelhouse" >"$tmp/index.log" 2>&1 &
  index_pid=$!
  index_port=""
  for _ in $(seq 1 100); do
    index_port=$(sed -n 's/^Serving HTTP on [0-9.]* port \([0-9]*\).*/\1/p' "$tmp/index.log")
    [ -z "$index_port" ] || break
    sleep 0.1
  done
  [ -n "$index_port" ] || fail "the local package index did not start: $(cat "$tmp/index.log")"
  echo "   local package index of real upstream packages: http://127.0.0.1:$index_port/simple/ ($(ls "$wheelhouse/wheels" | wc -l) wheels)"
  index_url="http://127.0.0.1:$index_port/simple/"
  if [ "$DOCKERFILE_IT_PYTHON_INDEX" = secret ]; then
    hidden+=("$index_url")
    printf '[global]\nindex-url = %s\n' "$index_url" >"$tmp/pip.conf"
    secret_args=(--secret "id=pip.conf,src=$tmp/pip.conf")
  else
    DOCKERFILE_IT_BUILD_ARGS="${DOCKERFILE_IT_BUILD_ARGS:-} PIP_INDEX_URL=$index_url"
  fi
fi
build_args=()
for arg in ${DOCKERFILE_IT_BUILD_ARGS:-}; do build_args+=(--build-arg "$arg"); hidden+=("${arg#*=}"); done
build_args+=("${secret_args[@]}")
trap 'exit 130' INT
trap 'exit 143' TERM
cd "$module"
[ -f "$dockerfile" ] || fail "no $dockerfile in $module"
[ ${#steps[@]} -gt 0 ] || fail "no dependency step to compare was given"

# The stages the steps lie in ('-' is the final one); the builder too for the download check.
stage_lines=$(python3 "$here/layers.py" stages "$dockerfile" "${steps[@]}" 2>&1) || fail "$stage_lines"
stages=$(echo "$stage_lines" | cut -f2 | tr ' ' '\n')
[ "${DOCKERFILE_IT_NO_DOWNLOADS:-}" != 1 ] || stages+=$'\nbuilder'
stages=$(echo "$stages" | sort -u)
if echo "$stages" | grep -q '^#'; then fail "a dependency step lies in a stage without a name (FROM ... AS name)"; fi

# snapshot N: build the image (and each stage a step lies in) as image N, and record every step's layer
# in $tmp/layers-N: "step-index <TAB> diff ID or - <TAB> instruction", in Dockerfile order.
snapshot() {
  local n=$1 log="build-$1-$name.log" stage tag mapped
  "$DOCKER" build --network host --progress=plain "${build_args[@]}" -f "$dockerfile" -t "$repo:$run-$n" . >"$log" 2>&1 \
    || { tail -40 "$log" >&2; fail "docker build #$n failed (see $module/$log)"; }
  made+=("$repo:$run-$n")
  : >"$tmp/layers-$n"
  for stage in $stages; do
    tag="$repo:$run-$n"
    local files=()
    if [ "$stage" != - ]; then
      tag="$repo:$run-$n-$stage"
      "$DOCKER" build --network host --progress=plain "${build_args[@]}" --target "$stage" -f "$dockerfile" -t "$tag" . \
        >"build-$n-$stage-$name.log" 2>&1 \
        || { tail -40 "build-$n-$stage-$name.log" >&2; fail "docker build #$n --target $stage failed (see $module/build-$n-$stage-$name.log)"; }
      made+=("$tag")
    fi
    [ "$stage" != builder ] || files=(--files-of-last-layer "$tmp/files-$n")
    mapped=$("$DOCKER" save "$tag" | python3 "$here/layers.py" map "$dockerfile" "$stage" "${files[@]}" "${steps[@]}" 2>&1) \
      || fail "cannot read the layers of build #$n: $mapped"
    [ -z "$mapped" ] || echo "$mapped" >>"$tmp/layers-$n"
  done
}

# change N: the one-line source change before build N+1 (and Maven's rebuild in artifact mode).
change() {
  case "$touch_file" in *.java|*.js|*.mjs|*.cjs|*.ts) comment="//" ;; *) comment="#" ;; esac
  # Never the same line twice (the run id): a source BuildKit has seen before would hit its cache in every step.
  echo "$comment changed by docker-check (run $run, change $1)" >> "$touch_file"
  if [ -n "${DOCKERFILE_IT_REBUILD:-}" ]; then
    # Artifact mode: the image takes what Maven built, so Maven builds again first.
    (cd "${DOCKERFILE_IT_REBUILD_DIR:-.}" && eval "$DOCKERFILE_IT_REBUILD") >"rebuild-maven-$1.log" 2>&1 \
      || { tail -30 "rebuild-maven-$1.log" >&2; fail "the Maven rebuild failed (see $module/rebuild-maven-$1.log)"; }
  fi
}

# layers_of STEP-INDEX N: the layers of the step's instructions in build N, as short digests.
layers_of() {
  awk -F'\t' -v i="$1" '$1 == i {print ($2 == "-" ? "none" : substr($2, 8, 12))}' "$tmp/layers-$2" | paste -sd' ' -
}

# compare A B: print each step's layers; return 1 (listing them in $tmp/changed) when a step ran again
# in build B and made another layer. A step that BuildKit reports CACHED did not run again, whatever
# its digest: BuildKit's cache is keyed on content, so on an engine that many builds share a cached
# step can bring back another build's layer of the same files (other file times, another digest).
compare() {
  local a=$1 b=$2 i step before after ids cached
  : >"$tmp/changed"
  [ "$(cut -f1,3 "$tmp/layers-$a")" = "$(cut -f1,3 "$tmp/layers-$b")" ] || fail "builds #$a and #$b map different instructions"
  for i in "${!steps[@]}"; do
    step=${steps[$i]}
    before=$(layers_of "$i" "$a")
    after=$(layers_of "$i" "$b")
    ids=$(grep -E "^#[0-9]+ \[.*\] .*$step" "build-$b-$name.log" | awk '{print $1}' | sort -u || true)
    cached=${ids:+yes}
    for id in $ids; do
      grep -qx "$id CACHED" "build-$b-$name.log" || cached=""
    done
    if [ "$before" = "$after" ]; then
      if [[ "$after" =~ [0-9a-f]{12} ]]; then
        echo "   same layer after the change: $step ($after, $([ -n "$cached" ] && echo CACHED || echo "run again, same bytes"))"
      else
        echo "   no layer (adds no files) before and after the change: $step"
      fi
    elif [ -n "$cached" ]; then
      echo "   CACHED after the change: $step (build #$a: $before; build #$b: $after: BuildKit's content-keyed" \
           "cache brought back another build's layer of the same files)"
    else
      echo "   run again after the change, with another layer: $step (build #$a: $before; build #$b: $after)"
      echo "$step" >>"$tmp/changed"
    fi
  done
  [ ! -s "$tmp/changed" ]
}

echo "== [$name] docker build (run $run)"
snapshot 1
grep -q $'\tsha256:' "$tmp/layers-1" || fail "none of the dependency steps (${steps[*]}) adds a layer: there is nothing to compare"
echo "== [$name] one-line source change, rebuild: no dependency step may run again"
change 1
snapshot 2
last=2
if ! compare 1 2; then
  echo "   a dependency step ran again. On a busy engine that need not be the Dockerfile: BuildKit's cache GC" \
       "may have evicted it between the builds. One more one-line change and rebuild decides: there the step" \
       "must be CACHED or give the layer of the rebuild before it."
  change 2
  snapshot 3
  last=3
  compare 2 3 || fail "dependency steps ran again, with other layers, after two source changes in a row:" \
    "$(tr '\n' ';' <"$tmp/changed" | sed 's/;$//; s/;/, /g'). The Dockerfile does not keep them apart from the source" \
    "(see $module/build-2-$name.log and build-3-$name.log)"
fi
image="$repo:$run-$last"

if [ "${DOCKERFILE_IT_NO_DOWNLOADS:-}" = 1 ]; then
  # The builder stage's last layer is the build step's.
  fetched=$(grep -E '^root/\.m2/repository/.*\.(jar|pom)$' "$tmp/files-$last" || true)
  [ -z "$fetched" ] || fail "the rebuild's build step downloaded what the dependency step did not: $(echo "$fetched" | head -5 | tr '\n' ' ')"
  echo "   the rebuild downloaded nothing"
fi

echo "== [$name] image metadata"
user=$("$DOCKER" image inspect -f '{{.Config.User}}' "$image")
[[ "$user" =~ ^[1-9][0-9]*(:[1-9][0-9]*)?$ ]] || fail "image user is '$user', expected a numeric non-root uid:gid"
ports=$("$DOCKER" image inspect -f '{{range $p, $v := .Config.ExposedPorts}}{{$p}} {{end}}' "$image")
[[ " $ports " == *" 3000/tcp "* ]] || fail "exposed ports are '$ports', expected 3000/tcp"
for value in "${hidden[@]}"; do
  seen=$( { "$DOCKER" image inspect -f '{{.Config.Env}}' "$image"; "$DOCKER" history --no-trunc "$image"; } | grep -cF "$value" || true)
  [ "$seen" = 0 ] || fail "$value, passed to the build as a build argument or secret, reached the final image (its environment or history)"
done
[ ${#hidden[@]} = 0 ] || echo "   not in the final image's environment or history: ${hidden[*]}${secret_args[*]:+ (passed as secret pip.conf)}"

echo "== [$name] nothing of the build in the final image"
"$DOCKER" run --rm --network host --user 0 --entrypoint sh -e KEEP="${DOCKERFILE_IT_KEEP:-}" "$image" -c '
  found=""
  for tool in mvn javac gcc cc; do command -v "$tool" >/dev/null 2>&1 && found="$found $tool"; done
  for path in /root/.m2 /root/.cache/pip /root/.npm /home/node/.npm /build /usr/share/maven /app/src /app/pom.xml \
              /app/tests /app/test /app/docs /app/README.md /app/.eslintrc.json /app/node_modules/.cache; do
    case " $KEEP " in *" $path "*) continue ;; esac
    [ -e "$path" ] && found="$found $path"
  done
  [ -z "$found" ] || { echo "found:$found"; exit 1; }' >&2 || fail "the final image holds build tools, caches, tests or docs"

echo "== [$name] docker run"
# One service on 127.0.0.1:3000 at a time, whichever run it belongs to.
exec {lock}>"$port_lock"
flock -w 900 "$lock" || fail "port 3000 stayed taken by another docker check for 15 minutes ($port_lock)"
for i in $(seq 1 60); do
  # Any HTTP answer, an error status too, means the port is taken.
  curl -sS --max-time 1 -o /dev/null http://127.0.0.1:3000/ 2>/dev/null || break
  [ "$i" != 60 ] || fail "something else answers on 127.0.0.1:3000 (not this run's container) for 60 s"
  sleep 1
done
start=$(date +%s%N)
"$DOCKER" run -d --network host --name "$container" "$image" >/dev/null || fail "docker run failed"
answer=""
for i in $(seq 1 600); do
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

# docker stop sends SIGTERM and kills after the grace time: a service that handles SIGTERM (as PID 1,
# where no default action applies) exits by itself, with 143 when it exits as SIGTERM's default would.
grace=$(( (stop_ms_limit + 999) / 1000 ))
stop_start=$(date +%s%N)
"$DOCKER" stop --time "$grace" "$container" >/dev/null
stop_ms=$(( ($(date +%s%N) - stop_start) / 1000000 ))
status=$("$DOCKER" inspect -f '{{.State.ExitCode}}' "$container")
echo "   docker stop: ${stop_ms} ms, exit status $status"
[ "$status" != 137 ] \
  || fail "docker stop killed the service after ${stop_ms} ms (exit status 137): it ignored SIGTERM for ${grace} s"
expected_status=${DOCKERFILE_IT_STOP_STATUS:-143}
[ "$expected_status" = any ] || [ "$status" = "$expected_status" ] \
  || fail "docker stop: the service exited with status $status, expected $expected_status (SIGTERM received and handled as its default action)"
"$DOCKER" rm -f "$container" >/dev/null
flock -u "$lock"

size=$("$DOCKER" image inspect -f '{{.Size}}' "$image")
base_ref=$("$DOCKER" image inspect -f '{{index .Config.Labels "org.opencontainers.image.base.name"}}' "$image")
base=$("$DOCKER" image inspect -f '{{.Size}}' "$base_ref" 2>/dev/null || echo 0)
row=$(awk -v n="$name" -v s="$size" -v b="$base" -v r="$base_ref" -v t="$startup_ms" -v q="$stop_ms" -v x="$status" \
  'BEGIN { printf "| %s | %.1f MB | %s %.1f MB | %.1f MB | %d ms | %d ms (exit %s) |", n, s/1e6, r, b/1e6, (s-b)/1e6, t, q, x }')
echo "   $row"
if [ -n "${DOCKERFILE_IT_REPORT:-}" ]; then
  echo "$row" >"$DOCKERFILE_IT_REPORT"
fi
echo "PASSED docker checks for $name"
