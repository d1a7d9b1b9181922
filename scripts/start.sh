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
# The server's cap on a request body: team layer uploads go up to ATLAS_MAX_UPLOAD_MB (default
# 200; POST /api/capas-equipo checks it itself) plus room for the multipart; documents under
# consultation up to 20 MB. Every other request keeps 21 MB (hooks.server.ts).
BODY_MB="$(awk -v mb="${ATLAS_MAX_UPLOAD_MB:-200}" 'BEGIN { mb += 0; if (mb <= 0) mb = 200; mb = int(mb + 2); print (mb > 21 ? mb : 21) }')"
export BODY_SIZE_LIMIT="${BODY_SIZE_LIMIT:-${BODY_MB}M}"
echo "» Atlas DMEDP en $ORIGIN (Ctrl+C para detener)"
exec node build/index.js
