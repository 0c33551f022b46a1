#!/usr/bin/env bash
# Installs what is missing, builds the web app and serves build/web.
# Usage: ./web/serve.sh [PORT]   (default 8080, or $PORT)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/web/scripts/install-deps.sh"
"$root/web/scripts/build.sh" web
exec node "$root/web/scripts/static-server.mjs" "$root/build/web" "${1:-${PORT:-8080}}"
