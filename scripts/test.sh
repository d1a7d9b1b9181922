#!/usr/bin/env bash
# Every check of the project: lint, format, svelte-check, tsc, unit tests (some on a throw-away
# PostgreSQL + PostGIS), Chromium end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=America/Bogota
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-postgis.sh
mkdir -p test-results
step() { echo; echo "» $1"; }
step "Autocontenido";    node scripts/check-self-contained.mjs
step "ESLint";           npx svelte-kit sync && npx eslint .
step "Prettier";         npx prettier --check . --log-level warn
step "svelte-check";     npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings
step "TypeScript (tsc)"; npx tsc --noEmit -p tsconfig.json
step "Vitest (unidad)";  npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json
step "Compilación";      npx vite build --logLevel warn
step "Chromium (e2e)";   npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=test-results/e2e.json
node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json
