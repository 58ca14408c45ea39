#!/usr/bin/env bash
# Starts the whole system locally: PostgreSQL, Kafka and the five services. Ctrl-C stops everything.
# Usage: deploy/run-local.sh [--rebuild]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

rebuild=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    *) echo "unknown argument: $arg (usage: deploy/run-local.sh [--rebuild])" >&2; exit 2 ;;
  esac
done

INFRA_JAR=deploy/local-infra/target/local-infra-1.0.0-SNAPSHOT.jar
CLASSPATH_FILE=deploy/local-infra/target/classpath.txt
required=(
  cadre-service/target/quarkus-app/quarkus-run.jar
  case-service/target/quarkus-app/quarkus-run.jar
  evaluation-service/target/quarkus-app/quarkus-run.jar
  risk-assessment-service/target/quarkus-app/quarkus-run.jar
  gateway/target/quarkus-app/quarkus-run.jar
  deploy/kafka-broker/target/kafka-broker-1.0.0-SNAPSHOT.jar
  "$INFRA_JAR"
  "$CLASSPATH_FILE"
)

if ! $rebuild; then
  for file in "${required[@]}"; do
    [[ -f "$file" ]] || { echo "missing $file: building"; rebuild=true; break; }
  done
fi
if $rebuild; then
  ./mvnw -q -DskipTests install
fi

exec java -Xmx128m -XX:+UseSerialGC \
  -Dmasswork.kafka.broker.dir="$ROOT/deploy/kafka-broker/target" \
  -cp "$INFRA_JAR:$(cat "$CLASSPATH_FILE")" \
  org.masswork.infra.LocalStack "$ROOT"
