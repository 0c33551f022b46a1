#!/usr/bin/env bash
# Builds Jejak: `build.sh native`, `build.sh web`, `build.sh web-checked` (web and the
# test build), or all of them (default).
# Configures each build folder once; after that ninja rebuilds only what changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# Debian's emscripten needs Debian's node modules (acorn) under a non-Debian node.
export NODE_PATH=/usr/share/nodejs

what="${1:-all}"

# configure DIR [env VAR=...] [emcmake] -- CMAKE ARGS...: configures DIR when it is
# new or when its options (compiler, arguments) changed since the last time, so a
# changed option never leaves a stale build; otherwise ninja alone rebuilds.
configure() {
  local dir="$1"; shift
  local options="$*"
  if [ ! -f "$dir/build.ninja" ] || [ "$(cat "$dir/.jejak-options" 2>/dev/null)" != "$options" ]; then
    "$@"
    echo "$options" > "$dir/.jejak-options"
  fi
}

if [ "$what" = native ] || [ "$what" = all ]; then
  configure build/native cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build/native
  configure build/native-asan env CXX=clang++ CC=clang cmake -S . -B build/native-asan -G Ninja \
      -DCMAKE_BUILD_TYPE=Debug -DJEJAK_SANITIZE=ON
  cmake --build build/native-asan
  configure build/fuzz env CXX=clang++ CC=clang cmake -S . -B build/fuzz -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJEJAK_SANITIZE=ON -DJEJAK_FUZZ=ON
  cmake --build build/fuzz --target fuzz_map_loader fuzz_csv_importer fuzz_mermaid_importer fuzz_share_link \
      fuzz_measures_importer
fi
if [ "$what" = web ] || [ "$what" = web-checked ] || [ "$what" = all ]; then
  configure build/wasm emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build/wasm
fi
# The test build (build/web-checked): the same app with the runtime's stack and heap checks.
if [ "$what" = web-checked ] || [ "$what" = all ]; then
  cmake --build build/wasm --target web_checked
fi
