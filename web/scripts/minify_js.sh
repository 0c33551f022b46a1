#!/bin/sh
# Minifies a page script with Emscripten's acorn-optimizer (comments and spaces
# out, nothing renamed): minify_js.sh EMSCRIPTEN_ROOT IN OUT
set -e
node "$1/tools/acorn-optimizer.js" "$2" minifyWhitespace > "$3.tmp"
mv "$3.tmp" "$3"
