#!/usr/bin/env bash
# Builds every service of a generated fleet file with docker-compose, as a pipeline would, and fails
# unless each expected image exists afterwards, built by this run. Prints PASSED, SKIPPED or FAILED
# lines like docker-check.sh.
#
#   it/lib/compose-check.sh FLEET_FILE IMAGE...
#
#   FLEET_FILE  the compose.yaml that dockerfile:generate wrote
#   IMAGE       the image references the fleet file must build (removed first)
#
# Environment: DOCKER (default /usr/bin/docker), DOCKERFILE_IT_DOCKER=auto|require|skip,
# DOCKER_COMPOSE (default docker-compose).
#
# The lab allows only host networking, so an override file (written here, never in the fleet
# file) gives every service build.network: host. docker-compose 1.x builds through the docker CLI
# (COMPOSE_DOCKER_CLI_BUILD=1) so BuildKit reads each Dockerfile's own ignore file; a directory
# first on PATH makes that CLI the engine's own.
set -Eeuo pipefail

fleet=$1; shift
images=("$@")
mode=${DOCKERFILE_IT_DOCKER:-auto}
DOCKER=${DOCKER:-/usr/bin/docker}
compose=${DOCKER_COMPOSE:-docker-compose}

# shellcheck source-path=SCRIPTDIR source=engine-check.sh
. "$(dirname "$0")/engine-check.sh"
engine_check "the fleet file" fleet
if ! command -v "$compose" >/dev/null; then
  if [ "$mode" = require ]; then
    echo "FAILED [fleet]: $compose is not installed and DOCKERFILE_IT_DOCKER=require" >&2
    exit 1
  fi
  echo "SKIPPED docker checks for the fleet file: $compose is not installed. Install it, or set" \
       "DOCKERFILE_IT_DOCKER=require to make this a failure."
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$DOCKER" "$tmp/docker"
{
  echo "services:"
  # The service names are the fleet file's keys under services: (two spaces, a quoted name, a colon).
  sed -n 's/^  "\([^"]*\)":$/\1/p' "$fleet" | while read -r service; do
    printf '  "%s":\n    build:\n      network: host\n' "$service"
  done
} > "$tmp/network.yaml"

for image in "${images[@]}"; do
  "$DOCKER" rmi -f "$image" >/dev/null 2>&1 || true
done
start=$(date +%s%N)
if ! PATH="$tmp:$PATH" COMPOSE_DOCKER_CLI_BUILD=1 DOCKER_BUILDKIT=1 \
    "$compose" --project-directory "$(dirname "$fleet")" -f "$fleet" -f "$tmp/network.yaml" build > "$tmp/build.log" 2>&1; then
  tail -30 "$tmp/build.log"
  echo "FAILED [fleet]: $compose -f $fleet build failed" >&2
  exit 1
fi
seconds=$(( ($(date +%s%N) - start) / 1000000 ))
for image in "${images[@]}"; do
  if ! "$DOCKER" image inspect "$image" >/dev/null 2>&1; then
    tail -30 "$tmp/build.log"
    echo "FAILED [fleet]: $compose build did not make $image" >&2
    exit 1
  fi
  echo "built $image: $("$DOCKER" image inspect --format '{{index .Config.Labels "org.opencontainers.image.title"}} {{.Config.User}} {{json .Config.ExposedPorts}}' "$image")"
done
for image in "${images[@]}"; do
  "$DOCKER" rmi "$image" >/dev/null 2>&1 || true
done
echo "PASSED docker checks for the fleet file: $compose built ${#images[@]} images in ${seconds} ms"
