#!/usr/bin/env bash
# The fault drills of deploy/system-tests, run again and again on a fresh stack each time, to show that they hold on
# this machine as it is (loaded or not) and not by luck. Prints pass/fail per run and each drill's counts (sent,
# acknowledged, delivered, applied, lost, duplicates); the whole output of run N is in target/drills/run-N.log.
#
#   deploy/drills.sh [runs]        default 10; builds once first (no tests), then runs only the drills
#   DRILLS=BrokerOutageIT,ReplayedEventsIT deploy/drills.sh 3     other drills than the five fault drills
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-10}
# Kafka down 60 s, a service killed and restarted, a service down, PostgreSQL restarted twice, both down at once.
drills=${DRILLS:-BrokerOutageIT,ServiceCrashIT,ServiceOutageIT,DatabaseRestartIT,InfrastructureOutageIT}
logs=target/drills
mkdir -p "$logs"

echo "Building the services (no tests)..."
./mvnw -q -DskipTests package

passed=0
for run in $(seq 1 "$runs"); do
  log="$logs/run-$run.log"
  started=$(date +%s)
  # -am: the modules the tests use come from this tree, not from ~/.m2; built above, so no unit tests and no Quarkus build.
  if ./mvnw -o -pl deploy/system-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.build.skip=true \
      -Dit.test="$drills" -Dfailsafe.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    outcome=PASS
    passed=$((passed + 1))
  else
    outcome=FAIL
  fi
  echo "run $run/$runs: $outcome in $(( $(date +%s) - started )) s  (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # The drills' own summary lines: "[<drill>] sent=... acknowledged=... lost=0 duplicates=0" and their outage notes.
  grep -E '^\[[^]A-Z]*[a-zA-Z][^]]*\] ' "$log" | grep -vE '^\[(INFO|ERROR|WARNING|DEBUG)\]' | sed 's/^/    /' || true
  if [ "$outcome" = FAIL ]; then
    grep -E 'Tests run:.*(Failures: [1-9]|Errors: [1-9])|^\[ERROR\] +[a-zA-Z]+IT\.' "$log" | sed 's/^/    /' || true
  fi
done
echo "$passed/$runs runs passed"
[ "$passed" -eq "$runs" ]
