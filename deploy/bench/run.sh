#!/usr/bin/env bash
# Runs a tool of deploy/bench against the running local stack: deploy/bench/run.sh <ClassName> [args]
#   deploy/bench/run.sh CadreBenchmark   → org.masswork.bench.CadreBenchmark
# Start the stack first (deploy/run-local.sh) and seed it (deploy/seed.sh). Not part of the tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
name="${1:?usage: deploy/bench/run.sh <ClassName> [args], e.g. CadreBenchmark}"
shift
JAR=deploy/bench/target/bench-1.0.0-SNAPSHOT.jar
[[ -f "$JAR" ]] || ./mvnw -q -DskipTests package -pl deploy/bench -am
exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dmasswork.root="$ROOT" -cp "$JAR:$(cat deploy/bench/target/classpath.txt)" "org.masswork.bench.$name" "$@"
