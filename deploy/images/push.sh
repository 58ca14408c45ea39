#!/usr/bin/env bash
# Pushes the images of the last build.sh run (.local/images/oci) to a registry, keeping their digests, and checks
# that the registry serves each one under the digest the overlays pin.
#
#   deploy/images/push.sh <registry>[/<path>] [--tls-verify=false]
#
# e.g. deploy/images/push.sh registry.example.org pushes registry.example.org/masswork/cadre-service:<tag>, …; the
# overlays' images: must name the same registry (newName). Credentials: skopeo login <registry> first.
set -euo pipefail
cd "$(dirname "$0")/../.."

[[ $# -ge 1 && $1 != -* ]] || { echo "usage: deploy/images/push.sh <registry>[/<path>] [--tls-verify=false]" >&2; exit 2; }
registry=$1; shift
tls=(--dest-tls-verify=true) inspect_tls=(--tls-verify=true)
for arg in "$@"; do
  case "$arg" in
    --tls-verify=false) tls=(--dest-tls-verify=false) inspect_tls=(--tls-verify=false) ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
for tool in skopeo jq; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: apt-get install $tool)" >&2; exit 1; }
done
images=.local/images/images.json
[[ -f $images ]] || { echo "no $images: run deploy/images/build.sh first" >&2; exit 1; }

tag=$(jq -r .tag "$images")
layout=$(jq -r .layout "$images")
for name in $(jq -r '.images | keys[]' "$images"); do
  digest=$(jq -r --arg n "$name" '.images[$n].digest' "$images")
  # --preserve-digests: skopeo refuses rather than convert the manifest (which would change the digest).
  skopeo copy --quiet --preserve-digests "${tls[@]}" "oci:$layout:masswork/$name:$tag" "docker://$registry/masswork/$name:$tag"
  served=$(skopeo inspect "${inspect_tls[@]}" --format '{{.Digest}}' "docker://$registry/masswork/$name@$digest")
  [[ $served == "$digest" ]] || { echo "$registry/masswork/$name: served $served, built $digest" >&2; exit 1; }
  echo "$registry/masswork/$name:$tag@$digest"
done
