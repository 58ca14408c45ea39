#!/usr/bin/env bash
# Prints a bearer token for the local stack: deploy/token.sh ROLE [claim=value ...]
#   deploy/token.sh COUNTY_ADMIN
#   deploy/token.sh CADRE station=<uuid> township=<uuid> cadre=<uuid>
#   deploy/token.sh CADRE sub=cadre-2 station=<uuid>       # a second caller of the same role
#   deploy/token.sh COUNTY_ADMIN exp=-1h                     # expired an hour ago (exp/iat: epoch seconds, ISO, -1h, +30m)
#   deploy/token.sh COUNTY_ADMIN aud=other-api groups=[COUNTY_ADMIN,INSPECTOR] visits=12 confirmed=true
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INFRA_JAR="$ROOT/deploy/local-infra/target/local-infra-1.0.0-SNAPSHOT.jar"
[[ -f "$INFRA_JAR" ]] || { echo "build first: ./mvnw -DskipTests install" >&2; exit 1; }
exec java -Xmx64m -XX:TieredStopAtLevel=1 -cp "$INFRA_JAR:$(cat "$ROOT/deploy/local-infra/target/classpath.txt")" \
  org.masswork.infra.LocalToken "$ROOT" "$@"
