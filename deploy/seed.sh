#!/usr/bin/env bash
# Seeds the running local stack (deploy/run-local.sh) with a county of the real size. Idempotent.
set -euo pipefail
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench/run.sh" SeedCounty "$@"
