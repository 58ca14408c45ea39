#!/usr/bin/env bash
# Builds the images and pins their digests in the overlays (build.sh), then runs ImagesIT: the five images started
# with podman exactly as the county overlay's Deployments run them (user 185, read-only root with /tmp on tmpfs, all
# capabilities dropped, the memory and CPU limits, the environment with the JVM options), against a real PostgreSQL
# and Kafka on this machine; a case filed, moved and closed through the gateway's image and its events followed into
# the other services; a write load; each container's memory. Prints ImagesIT's lines; the whole output is in
# target/images-run-check.log.
#
#   deploy/images/run-check.sh [--skip-build]     --skip-build: the images and digests build.sh last made
#
# Without podman or skopeo it says so and fails (exit 1).
set -euo pipefail
cd "$(dirname "$0")/../.."

skip_build=false
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    *) echo "unknown argument: $arg (usage: deploy/images/run-check.sh [--skip-build])" >&2; exit 2 ;;
  esac
done

missing=()
for tool in podman skopeo; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "run-check: ${missing[*]} not installed, the images cannot be run here (Debian: apt-get install podman runc skopeo)" >&2
  exit 1
fi

if ! $skip_build; then
  deploy/images/build.sh
fi

mkdir -p target
log=target/images-run-check.log
started=$(date +%s)
if ./mvnw -o -pl deploy/system-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.build.skip=true \
    -Dit.test=ImagesIT -Dfailsafe.failIfNoSpecifiedTests=false >"$log" 2>&1; then
  outcome=PASS
else
  outcome=FAIL
fi
grep -E '^\[images\]' "$log" || true
if [[ $outcome == FAIL ]]; then
  grep -E 'Tests run:.*(Failures: [1-9]|Errors: [1-9])|^\[ERROR\] +[A-Za-z]+IT[.:]|Expected|expected' "$log" | head -20 || true
fi
echo "run-check: $outcome in $(($(date +%s) - started)) s (log: $log; the containers' logs: deploy/system-tests/target/service-logs/masswork-it-*)"
[[ $outcome == PASS ]]
