#!/usr/bin/env bash
# Builds Jejak: `build.sh native`, `build.sh web`, or both (default).
# Configures each build folder once; after that ninja rebuilds only what changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# Debian's emscripten needs Debian's node modules (acorn) under a non-Debian node.
export NODE_PATH=/usr/share/nodejs

what="${1:-all}"
if [ "$what" = native ] || [ "$what" = all ]; then
  [ -f build/native/build.ninja ] || cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build/native
  [ -f build/native-asan/build.ninja ] || CXX=clang++ CC=clang cmake -S . -B build/native-asan -G Ninja \
      -DCMAKE_BUILD_TYPE=Debug -DJEJAK_SANITIZE=ON
  cmake --build build/native-asan
  [ -f build/fuzz/build.ninja ] || CXX=clang++ CC=clang cmake -S . -B build/fuzz -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJEJAK_SANITIZE=ON -DJEJAK_FUZZ=ON
  cmake --build build/fuzz --target fuzz_map_loader
fi
if [ "$what" = web ] || [ "$what" = all ]; then
  [ -f build/wasm/build.ninja ] || emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build/wasm
fi
