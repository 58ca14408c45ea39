#!/usr/bin/env bash
# The whole system on a station day (issues 9 and 16), one command: builds, starts the local stack,
# seeds it at county size (idempotent), restarts it to time start-to-ready on the seeded data, runs
# StationDayBenchmark through the gateway, stops the stack. Writes docs/benchmarks/<date>-station-day.md
# and its .svg chart, and the services' profiles under .local/profiles/. Not part of the tests; needs the
# ports of deploy/run-local.sh free. Builds with package, never install (the shared ~/.m2 stays as it is).
# Usage: deploy/bench/station-day.sh [concurrency, default 16]
#   MASSWORK_BENCH_SKIP_BUILD=1: use the jars already built (after ./mvnw -DskipTests package of this tree).
#   MASSWORK_BENCH_COUNTIES=N: seed N counties (default 3, the burst's cadres are all of them).
# On a loaded machine the services may take minutes to start: each may take up to MASSWORK_READY_TIMEOUT_SECONDS
# (600 here), the whole stack up to 900 s.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CONCURRENCY="${1:-16}"
export MASSWORK_READY_TIMEOUT_SECONDS="${MASSWORK_READY_TIMEOUT_SECONDS:-600}"
LOGS="$ROOT/.local/logs"
mkdir -p "$LOGS"
stack_pid=""

start_stack() {
  local log="$1"
  deploy/run-local.sh > "$log" 2>&1 &
  stack_pid=$!
  for _ in $(seq 1 900); do
    if grep -q "all ready" "$log"; then return 0; fi
    if ! kill -0 "$stack_pid" 2>/dev/null; then cat "$log" >&2; echo "the local stack did not start" >&2; exit 1; fi
    sleep 1
  done
  echo "the local stack was not ready within 900 s; see $log" >&2
  exit 1
}

stop_stack() {
  if [[ -n "$stack_pid" ]] && kill -0 "$stack_pid" 2>/dev/null; then
    kill -TERM "$stack_pid"
    wait "$stack_pid" || true
  fi
  stack_pid=""
}
trap stop_stack EXIT

if [[ "${MASSWORK_BENCH_SKIP_BUILD:-}" == 1 ]]; then
  echo "not building (MASSWORK_BENCH_SKIP_BUILD=1)"
else
  echo "building"
  ./mvnw -q -DskipTests package
fi
echo "starting the local stack to seed it, each service a training start for its class archive"
# Each service writes the classes it loaded to target/quarkus-app/trained-cds.jsa as it stops, and the stack started
# next maps them (deploy/local-infra ClassArchive): the start this benchmark times.
MASSWORK_CDS_TRAINING=1 start_stack "$LOGS/station-day-seed.log"
# Three counties (4,161 cadres): every phase sends check-ins for days that cadre has none, up to 44 days back, and on a
# fast machine the writes against raw inserts alone take some 60,000 of them, more than one county's days hold.
deploy/seed.sh "${MASSWORK_BENCH_COUNTIES:-3}"
stop_stack
echo "starting the local stack again, seeded, to time it"
start_stack "$LOGS/station-day-start.log"
grep -E "ready" "$LOGS/station-day-start.log"
deploy/bench/run.sh StationDayBenchmark "$CONCURRENCY" "$LOGS/station-day-start.log"
