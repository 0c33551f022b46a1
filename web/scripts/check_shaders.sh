#!/bin/sh
# Every shader of Jejak's renderer is GLSL ES 3.00 (WebGL2) and compiles:
# glslangValidator (Debian's glslang-tools) checks it as the browser would.
#   check_shaders.sh STAMP SHADER...
set -eu
stamp="$1"
shift
for f in "$@"; do
  if [ "$(head -n 1 "$f")" != "#version 300 es" ]; then
    echo "$f: the first line must be '#version 300 es' (WebGL2's GLSL ES 3.00)" >&2
    exit 1
  fi
  glslangValidator "$f" >&2 || { echo "$f: glslangValidator refused it" >&2; exit 1; }
done
touch "$stamp"
