#!/usr/bin/env bash
# Seeds the running local stack (deploy/run-local.sh) with a county of the real size, or a province of N:
#   deploy/seed.sh       the default county
#   deploy/seed.sh 3     the default county and two more (seed-2, seed-3), registered by the province admin
# Idempotent.
set -euo pipefail
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench/run.sh" SeedCounty "$@"
