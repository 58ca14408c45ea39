#!/usr/bin/env bash
# Publishing latency of the outbox, commit to broker acknowledgement, on an idle system.
# Needs the local stack running (deploy/run-local.sh) and psql. Usage: deploy/bench/outbox-latency.sh [stations]
# Registers N stations one at a time, 100 ms apart, then reads created_at → published_at of their
# StationRegistered rows. created_at is taken before the commit, so the figure slightly overstates the latency.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-200}"
CADRE="http://localhost:${MASSWORK_CADRE_PORT:-8081}"
PGPORT="${MASSWORK_POSTGRES_PORT:-15432}"
TOKEN="$("$ROOT/deploy/token.sh" COUNTY_ADMIN)"
run="bench-$(date +%s)"

post() {
  curl -sf -X POST "$CADRE$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" \
    | sed -E 's/.*"id":"([^"]+)".*/\1/'
}

township=$(post /api/v1/townships "{\"code\":\"$run\",\"name\":\"基准镇\"}")
started=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
for i in $(seq 1 "$N"); do
  village=$(post /api/v1/villages "{\"townshipId\":\"$township\",\"code\":\"$run-$i\",\"name\":\"村$i\",\"kind\":\"VILLAGE\",\"type\":\"POOR\"}")
  post /api/v1/stations "{\"villageId\":\"$village\",\"name\":\"站$i\"}" > /dev/null
  sleep 0.1
done
sleep 2

PGPASSWORD=postgres psql -h localhost -p "$PGPORT" -U postgres -d cadre -At -F ' ' <<SQL
select 'events', count(*),
       'p50_ms', round(percentile_cont(0.50) within group (order by ms)::numeric, 1),
       'p95_ms', round(percentile_cont(0.95) within group (order by ms)::numeric, 1),
       'p99_ms', round(percentile_cont(0.99) within group (order by ms)::numeric, 1),
       'max_ms', round(max(ms)::numeric, 1)
from (select extract(epoch from published_at - created_at) * 1000 as ms
      from outbox_event where event_type = 'StationRegistered' and created_at >= '$started') latencies;
SQL
