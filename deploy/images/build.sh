#!/usr/bin/env bash
# Builds the base image and the images of the four services and the gateway, without Docker, as one OCI image
# layout in .local/images/oci, tagged <project version>-<commit>, and pins their digests in the Kustomize overlays
# (deploy/kubernetes/overlays/*/kustomization.yaml, `images:`), so the manifests deploy exactly what was built.
#
#   deploy/images/build.sh [--skip-package] [--no-pin] [--rebuild-base]
#
#   --skip-package  use the services' target/quarkus-app as they are (default: ./mvnw -DskipTests package first)
#   --no-pin        leave the overlays alone (ImagesIT builds this way)
#   --rebuild-base  build the base again even if one from the same recipe is cached (new Debian package versions)
#
# The base: a Java runtime made by jlink from this machine's JDK 17, holding only the modules the services use
# (jdeps over their jars, plus the few they load by name; see MODULES_* below), on the few Debian files the JVM
# links against (libc6, libstdc++6, libgcc-s1, zlib1g and the C.UTF-8 locale, extracted by mmdebstrap). Every layer
# is a tar with sorted names, fixed times, owners and modes, gzipped without name or time: the same files give the
# same digests (deploy/images/README.md: what is in the images, their sizes, how to push and run them).
set -euo pipefail
shopt -s inherit_errexit

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

SERVICES=(cadre-service case-service evaluation-service risk-assessment-service gateway)
OUT=$ROOT/.local/images
LAYOUT=$OUT/oci
# One time for every file and every image, as Jib does (1970-01-01T00:00:01Z): the digests depend on content only.
EPOCH=1
CREATED=1970-01-01T00:00:01Z
# The Debian suites the runtime's libraries come from (this machine's apt uses the same mirror).
DEBIAN_MIRROR=${MASSWORK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_SECURITY=${MASSWORK_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
# libc-bin only for its C.UTF-8 locale (LANG below): without it the JVM falls back to ASCII for text and file names.
DEBIAN_PACKAGES=libc6,libc-bin,libstdc++6,libgcc-s1,zlib1g
# jdeps names jdk.compiler for vertx-codegen, which only runs at build time: left out (it is 20 MB).
MODULES_EXCLUDED=jdk.compiler
# Loaded by name, so jdeps cannot see them: elliptic-curve TLS (jdk.crypto.ec), Netty's DNS resolver through
# JNDI (jdk.naming.dns), Quarkus reading resources from jars as file systems (jdk.zipfs), the JVM's own
# platform MBeans for Micrometer (java.management, jdk.management).
MODULES_ADDED=jdk.crypto.ec,jdk.naming.dns,jdk.zipfs,java.management,jdk.management
# What the JVM is started with is the Deployments' business (JDK_JAVA_OPTIONS); the image only says where.
ENTRYPOINT='["java","-jar","/deployments/quarkus-run.jar"]'

skip_package=false pin=true rebuild_base=false
for arg in "$@"; do
  case "$arg" in
    --skip-package) skip_package=true ;;
    --no-pin) pin=false ;;
    --rebuild-base) rebuild_base=true ;;
    *) echo "unknown argument: $arg (usage: deploy/images/build.sh [--skip-package] [--no-pin] [--rebuild-base])" >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "$*" >&2; }

check_tools() {
  local missing=()
  JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
  [[ -x $JAVA_HOME/bin/jlink && -x $JAVA_HOME/bin/jdeps && -d $JAVA_HOME/jmods ]] \
    || missing+=("a JDK 17 with jmods in \$JAVA_HOME (now $JAVA_HOME): apt-get install openjdk-17-jdk-headless")
  if [[ -x $JAVA_HOME/bin/java ]] && ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "17\.'; then
    missing+=("JAVA_HOME must be a JDK 17 (the services are built for 17): $JAVA_HOME is not")
  fi
  local tool
  for tool in mmdebstrap:mmdebstrap jq:jq zip:zip git:git sha256sum:coreutils gzip:gzip; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool%%:*}: apt-get install ${tool#*:}")
  done
  tar --version 2>/dev/null | grep -q 'GNU tar' || missing+=("GNU tar: apt-get install tar")
  if [[ $(id -u) -ne 0 ]]; then
    missing+=("root (mmdebstrap extracts the Debian packages with their owners)")
  fi
  if ((${#missing[@]})); then
    say "deploy/images/build.sh cannot run here; missing:"
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
  fi
}

sha() { sha256sum "$1" | cut -d' ' -f1; }

# A reproducible layer from a directory tree: tar (names sorted, owner root, fixed times, no access or change
# times) and gzip -n. Modes are the tree's own (the callers make them independent of the umask). Stores the blob
# and prints "<diff id> <digest> <size>".
layer() {
  local dir=$1 tmp=$OUT/.layer.$$ entries
  mapfile -t entries < <(cd "$dir" && LC_ALL=C ls -A)
  tar --create --file="$tmp.tar" --directory="$dir" --sort=name --format=posix \
      --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
      --mtime=@$EPOCH --owner=0 --group=0 --numeric-owner -- "${entries[@]}"
  local diff_id; diff_id=$(sha "$tmp.tar")
  gzip -n -6 <"$tmp.tar" >"$tmp.tar.gz"
  local digest; digest=$(sha "$tmp.tar.gz")
  local size; size=$(stat -c %s "$tmp.tar.gz")
  mkdir -p "$LAYOUT/blobs/sha256"
  mv "$tmp.tar.gz" "$LAYOUT/blobs/sha256/$digest"
  rm -f "$tmp.tar"
  echo "$diff_id $digest $size"
}

# Stores a JSON document as a blob; prints "<digest> <size>".
blob() {
  local tmp=$OUT/.blob.$$
  cat >"$tmp"
  local digest; digest=$(sha "$tmp")
  local size; size=$(stat -c %s "$tmp")
  mkdir -p "$LAYOUT/blobs/sha256"
  mv "$tmp" "$LAYOUT/blobs/sha256/$digest"
  echo "$digest $size"
}

# The modules every service needs: jdeps over all their jars (module-info removed, so that each is read as plain
# classpath), minus MODULES_EXCLUDED, plus MODULES_ADDED. The libraries' answer is cached by their checksums; the
# services' own jars (a few MB, new at every build) are read every time.
modules() {
  local libraries=() own=() service
  for service in "${SERVICES[@]}"; do
    libraries+=("$service"/target/quarkus-app/lib/boot/*.jar "$service"/target/quarkus-app/lib/main/*.jar)
    own+=("$service"/target/quarkus-app/quarkus-run.jar "$service"/target/quarkus-app/app/*.jar
      "$service"/target/quarkus-app/quarkus/*.jar)
  done
  local key; key=$(sha256sum "${libraries[@]}" | cut -d' ' -f1 | sort -u | sha256sum | cut -c1-16)
  [[ -s $OUT/cache/jdeps-$key ]] || { say "jdeps over the services' libraries (a minute or two)..."; jdeps_of "${libraries[@]}" >"$OUT/cache/jdeps-$key"; }
  { tr ',' '\n' <"$OUT/cache/jdeps-$key"; jdeps_of "${own[@]}" | tr ',' '\n'; } | grep -vxF -f <(tr ',' '\n' <<<"$MODULES_EXCLUDED") \
    | cat - <(tr ',' '\n' <<<"$MODULES_ADDED") | sort -u | paste -sd, -
}

jdeps_of() {
  local work=$OUT/.jdeps jar
  rm -rf "$work"; mkdir -p "$work"
  for jar in "$@"; do cp "$jar" "$work/$(sha "$jar").jar"; done
  (cd "$work" && for jar in *.jar; do zip -qd "$jar" module-info.class 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true; done)
  "$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$work"/*.jar
  rm -rf "$work"
}

# The base: two layers, the Debian files and the Java runtime. Cached by everything that goes into it but the
# Debian packages' versions (--rebuild-base fetches them again). Sets BASE to "<diff id> <digest> <size>" twice.
base() {
  local modules=$1
  local recipe; recipe=$(printf '%s\n' "$modules" "$DEBIAN_PACKAGES" "$DEBIAN_MIRROR" "$DEBIAN_SECURITY" \
    "$(cat "$JAVA_HOME/release")" "$(declare -f rootfs runtime layer)" | sha256sum | cut -c1-16)
  local cache=$OUT/cache/base-$recipe digest stale=false
  while read -r _ digest _; do [[ -s $LAYOUT/blobs/sha256/$digest ]] || stale=true; done < <(cat "$cache" 2>/dev/null)
  if $rebuild_base || $stale || [[ ! -s $cache ]]; then
    say "base: Debian files (mmdebstrap) and a jlink runtime of $modules..."
    local work=$OUT/.base; rm -rf "$work"; mkdir -p "$work"
    rootfs "$work/rootfs"
    runtime "$modules" "$work/runtime"
    layer "$work/rootfs" >"$cache.tmp"
    layer "$work/runtime" >>"$cache.tmp"
    mv "$cache.tmp" "$cache"
    rm -rf "$work"
  fi
  BASE=$(paste -sd' ' "$cache")
}

rootfs() {
  local dir=$1 extracted=$1.extracted
  # "extract": the packages' files only, no maintainer scripts (nothing to configure, no shell in the image). The
  # downloaded .deb files are kept: their control fields become dpkg's status, so image scanners see the versions.
  mmdebstrap --quiet --variant=extract --include="$DEBIAN_PACKAGES" --skip=cleanup/apt/cache \
    bookworm "$extracted" \
    "deb $DEBIAN_MIRROR bookworm main" "deb $DEBIAN_MIRROR bookworm-updates main" \
    "deb $DEBIAN_SECURITY bookworm-security main" >&2
  local debs=$extracted/var/cache/apt/archives
  mkdir -p "$dir"/{etc,tmp,usr/lib,var/lib/dpkg,deployments} "$dir/usr/share/doc"
  cp -a "$extracted"/lib "$extracted"/lib64 "$dir/"
  cp -a "$extracted"/usr/lib/x86_64-linux-gnu "$dir/usr/lib/"
  mkdir -p "$dir/usr/lib/locale"
  cp -a "$extracted"/usr/lib/locale/C.utf8 "$dir/usr/lib/locale/"
  # iconv's converters: the JVM has its own charsets.
  rm -rf "$dir/usr/lib/x86_64-linux-gnu/gconv"
  local deb package
  for deb in "$debs"/*.deb; do
    package=$(dpkg-deb -f "$deb" Package)
    { dpkg-deb -f "$deb" Package Version Architecture Source Maintainer; echo "Status: install ok installed"; echo; } \
      >>"$dir/var/lib/dpkg/status"
    if [[ -f $extracted/usr/share/doc/$package/copyright ]]; then
      mkdir -p "$dir/usr/share/doc/$package"
      cp "$extracted/usr/share/doc/$package/copyright" "$dir/usr/share/doc/$package/"
    fi
  done
  printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' 'masswork:x:185:185:masswork:/deployments:/sbin/nologin' >"$dir/etc/passwd"
  printf '%s\n' 'root:x:0:' 'masswork:x:185:' >"$dir/etc/group"
  printf '%s\n' 'passwd: files' 'group: files' 'hosts: files dns' >"$dir/etc/nsswitch.conf"
  chmod -R u+rwX,go+rX,go-w "$dir"
  chmod 1777 "$dir/tmp"
  rm -rf "$extracted"
}

runtime() {
  local modules=$1 dir=$2
  mkdir -p "$dir/opt"
  # No --compress: the layer's gzip does better on uncompressed modules (26.8 MB against 33.3 MB measured), and
  # the classes need no inflating at start. No CDS archive: jlink's differs on every run (no reproducible digest).
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=0 --output "$dir/opt/java"
  chmod -R u+rwX,go+rX,go-w "$dir"
}

image_config() {
  local service=$1 version=$2; shift 2
  local diff_ids; diff_ids=$(printf '"sha256:%s",' "$@"); diff_ids="[${diff_ids%,}]"
  jq -cnS --arg created "$CREATED" --arg title "masswork/$service" --arg version "$version" \
    --argjson entrypoint "$ENTRYPOINT" --argjson diff_ids "$diff_ids" '{
      architecture: "amd64", os: "linux", created: $created,
      config: {
        User: "185:185", WorkingDir: "/deployments", Entrypoint: $entrypoint,
        Env: ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
        ExposedPorts: {"8080/tcp": {}},
        Labels: {"org.opencontainers.image.title": $title, "org.opencontainers.image.version": $version}
      },
      rootfs: {type: "layers", diff_ids: $diff_ids}
    }'
}

# manifest <config digest> <config size> [<layer digest> <layer size>]...
manifest() {
  local config=$1 config_size=$2; shift 2
  local layers; layers=$(printf '{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%s","size":%s},' "$@")
  jq -cnS --arg config "sha256:$config" --argjson size "$config_size" --argjson layers "[${layers%,}]" '{
      schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: {mediaType: "application/vnd.oci.image.config.v1+json", digest: $config, size: $size},
      layers: $layers}'
}

# Writes /deployments of one service as two layers: its libraries (changing when a dependency changes) and
# the application itself (changing with every commit), as Quarkus's fast-jar lays them out. Sets LAYERS.
service_layers() {
  local service=$1 app=$1/target/quarkus-app work=$OUT/.service
  [[ -f $app/quarkus-run.jar ]] || { say "$app/quarkus-run.jar is missing: build without --skip-package"; exit 1; }
  rm -rf "$work"; mkdir -p "$work/lib/deployments" "$work/app/deployments"
  cp -a "$app/lib" "$work/lib/deployments/"
  cp -a "$app/quarkus-run.jar" "$app/quarkus" "$app/app" "$work/app/deployments/"
  [[ ! -f $app/quarkus-app-dependencies.txt ]] || cp -a "$app/quarkus-app-dependencies.txt" "$work/app/deployments/"
  # Readable by the container's user (185), writable by no one but root: the application cannot change itself.
  chmod -R u+rwX,go+rX,go-w "$work"
  local lib app
  lib=$(layer "$work/lib")
  app=$(layer "$work/app")
  rm -rf "$work"
  LAYERS="$lib $app"
}

pin_overlays() {
  local tag=$1 overlay service digest
  for overlay in deploy/kubernetes/overlays/*/kustomization.yaml; do
    for service in "${SERVICES[@]}"; do
      digest=$(jq -r --arg s "$service" '.images[$s].digest' "$OUT/images.json")
      # Within the images: entry of masswork/<service>: newTag and digest set (digest added after newTag).
      awk -v name="masswork/$service" -v tag="$tag" -v digest="$digest" '
        /^[^ #]/ { inside = ($0 ~ /^images:/) }
        inside && /^  - name:/ { current = $3 }
        inside && current == name && /^    digest:/ { next }
        inside && current == name && /^    newTag:/ { print "    newTag: " tag; print "    digest: " digest; next }
        { print }' "$overlay" >"$overlay.tmp"
      grep -q "digest: $digest" "$overlay.tmp" || { say "$overlay: no images: entry with newTag for masswork/$service"; rm -f "$overlay.tmp"; exit 1; }
      mv "$overlay.tmp" "$overlay"
    done
  done
}

check_tools
version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
commit=$(git rev-parse --short=12 HEAD)
# The overlays are what this script writes; anything else uncommitted makes the build a "-dirty" one.
if [[ -n $(git status --porcelain -- . ':(exclude)deploy/kubernetes/overlays/*/kustomization.yaml') ]]; then
  commit=$commit-dirty
fi
tag=$version-$commit

if ! $skip_package; then
  say "packaging the services (./mvnw -DskipTests package)..."
  ./mvnw -q -DskipTests package -pl "$(IFS=,; echo "${SERVICES[*]}")" -am
fi
mkdir -p "$LAYOUT/blobs/sha256" "$OUT/cache"
[[ -f $LAYOUT/oci-layout ]] || echo '{"imageLayoutVersion":"1.0.0"}' >"$LAYOUT/oci-layout"

modules=$(modules)
base "$modules"
read -r rootfs_diff rootfs rootfs_size java_diff java java_size <<<"$BASE"

refs=() images='{}'
# image <name> <config blob "digest size"> [<layer digest> <layer size>]...: stores its manifest, names it in the
# layout's index as masswork/<name>:<tag>, and records its digest and compressed size.
image() {
  local name=$1 config=$2; shift 2
  local stored; stored=$(manifest "${config% *}" "${config#* }" "$@" | blob)
  local digest=sha256:${stored% *} size=${stored#* } compressed=0 i
  for ((i = 2; i <= $#; i += 2)); do compressed=$((compressed + ${!i})); done
  refs+=("$(jq -cn --arg ref "masswork/$name:$tag" --arg digest "$digest" --argjson size "$size" \
    '{mediaType: "application/vnd.oci.image.manifest.v1+json", digest: $digest, size: $size,
      annotations: {"org.opencontainers.image.ref.name": $ref}}')")
  images=$(jq -c --arg n "$name" --arg d "$digest" --argjson c "$compressed" '.[$n] = {digest: $d, compressedBytes: $c}' <<<"$images")
  printf '%-24s %s  %5.1f MB compressed\n' "$name" "$digest" "$(awk -v c="$compressed" 'BEGIN { print c / 1e6 }')" >&2
}

image base-java17 "$(image_config base-java17 "$version" "$rootfs_diff" "$java_diff" | jq -cS 'del(.config.Entrypoint, .config.ExposedPorts)' | blob)" \
  "$rootfs" "$rootfs_size" "$java" "$java_size"
for service in "${SERVICES[@]}"; do
  service_layers "$service"
  read -r lib_diff lib lib_size app_diff app app_size <<<"$LAYERS"
  image "$service" "$(image_config "$service" "$version" "$rootfs_diff" "$java_diff" "$lib_diff" "$app_diff" | blob)" \
    "$rootfs" "$rootfs_size" "$java" "$java_size" "$lib" "$lib_size" "$app" "$app_size"
done

# index.json names this build's six images (earlier builds' blobs stay until .local/images is removed).
printf '%s\n' "${refs[@]}" | jq -cs '{schemaVersion: 2, manifests: .}' >"$LAYOUT/index.json"
jq -S --arg tag "$tag" --arg modules "$modules" --arg layout "$LAYOUT" '{tag: $tag, layout: $layout, modules: $modules, images: .}' \
  <<<"$images" >"$OUT/images.json"
say "OCI layout $LAYOUT, refs masswork/<image>:$tag; digests in $OUT/images.json"

if $pin; then
  pin_overlays "$tag"
  say "pinned in deploy/kubernetes/overlays/*/kustomization.yaml: newTag $tag and each image's digest"
fi
