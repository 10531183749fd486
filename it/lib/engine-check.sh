# shellcheck shell=bash
# Sourced by the docker checks of it/lib: decides, once and with the same words everywhere, whether
# a check runs. DOCKERFILE_IT_DOCKER=skip skips it; without an answering engine it is skipped with a
# message (auto, the default) or fails (require, as CI sets). A skip exits the calling script with 0.
#
#   engine_check WHAT NAME
#
#   WHAT  what the SKIPPED line names after "docker checks for" ("orders", "orders (reproducibility)")
#   NAME  the name in the FAILED [NAME] line
engine_check() {
  local what=$1 name=$2
  if [ "${DOCKERFILE_IT_DOCKER:-auto}" = skip ]; then
    echo "SKIPPED docker checks for $what: DOCKERFILE_IT_DOCKER=skip"
    exit 0
  fi
  if ! "$DOCKER" info >/dev/null 2>&1; then
    if [ "${DOCKERFILE_IT_DOCKER:-auto}" = require ]; then
      echo "FAILED [$name]: no Docker engine answers ($DOCKER) and DOCKERFILE_IT_DOCKER=require; start one with ../shared/docker-lab/engine-up" >&2
      exit 1
    fi
    echo "SKIPPED docker checks for $what: no Docker engine answers ($DOCKER)." \
         "Run ../shared/docker-lab/engine-up, or set DOCKERFILE_IT_DOCKER=require to make this a failure."
    exit 0
  fi
}
