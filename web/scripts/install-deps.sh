#!/usr/bin/env bash
# Installs what Jejak needs to build and test, and nothing that is already there.
# Debian packages via apt, Debian source packages of SDL2, Dear ImGui and zlib into
# build/deps, and the npm packages of the browser tests into web/node_modules.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deps="$root/build/deps"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev python3 xz-utils
  emscripten binaryen nlohmann-json3-dev doctest-dev
  python3-fonttools python3-jsonschema fonts-noto-core fonts-font-awesome librsvg2-bin
  glslang-tools libstb-dev
  chromium nodejs
)
missing=()
for p in "${packages[@]}"; do
  # nodejs may come from elsewhere on the image: a working node is enough.
  if [ "$p" = nodejs ] && command -v node >/dev/null && command -v npm >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
apt_updated=0
apt_update() { [ "$apt_updated" = 1 ] || { as_root apt-get update -q; apt_updated=1; }; }
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  apt_update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Source packages: only Debian's archive, checked against known digests.
mkdir -p "$deps"
declare -A sources=(
  [imgui_1.86+ds.orig.tar.xz]=imgui
  [libsdl2_2.26.5+dfsg.orig.tar.gz]=libsdl2
  # The version is named: the security archive's newer one may lack its files on a mirror.
  [zlib_1.2.13.dfsg.orig.tar.bz2]=zlib=1:1.2.13.dfsg-1
)
for tarball in "${!sources[@]}"; do
  [ -f "$deps/$tarball" ] && continue
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      | as_root tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    apt_updated=0
  fi
  apt_update
  # Also fetches the Debian diff and .dsc; only the upstream tarball is used.
  (cd "$deps" && apt-get source -q --download-only "${sources[$tarball]}" 2>&1 | grep -v '_apt' || true)
  [ -f "$deps/$tarball" ] || { echo "install-deps: could not get $tarball from Debian" >&2; exit 1; }
done
(cd "$deps" && sha256sum -c --quiet "$root/web/scripts/sources.sha256")

# Browser test driver (no browser download: tests use Debian's chromium).
if [ ! -d "$root/web/node_modules/playwright-core" ]; then
  (cd "$root/web" && npm ci --no-audit --no-fund --loglevel=error)
fi
