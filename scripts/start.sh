#!/usr/bin/env bash
# Starts Atlas DMEDP on its bundled data: installs dependencies if needed, builds, serves.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "» Compilando la aplicación…"
npx vite build --logLevel warn
PORT="${PORT:-3000}"
HOST="${HOST:-127.0.0.1}"
export PORT HOST ORIGIN="${ORIGIN:-http://$HOST:$PORT}"
# Documents under consultation are uploaded up to 20 MB (multipart adds a little).
export BODY_SIZE_LIMIT="${BODY_SIZE_LIMIT:-21M}"
echo "» Atlas DMEDP en $ORIGIN (Ctrl+C para detener)"
exec node build/index.js
