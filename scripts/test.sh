#!/usr/bin/env bash
# Every check of the project: lint, format, svelte-check, tsc, unit tests (some on a throw-away
# PostgreSQL + PostGIS), Chromium end-to-end tests on SQLite and again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=America/Bogota
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-postgis.sh
mkdir -p test-results
rm -f test-results/unhandled-errors.txt
# A failed step prints the unhandled errors recorded so far last (test/setup/record-unhandled.ts).
trap '[ -s test-results/unhandled-errors.txt ] && { echo; echo "» Errores no controlados:"; tail -c 6000 test-results/unhandled-errors.txt; }' EXIT
step() { echo; echo "» $1"; }
step "Autocontenido";    node scripts/check-self-contained.mjs
step "ESLint";           npx svelte-kit sync && npx eslint .
step "Prettier";         npx prettier --check . --log-level warn
step "svelte-check";     npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings
step "TypeScript (tsc)"; npx tsc --noEmit -p tsconfig.json
step "Vitest (unidad)";  npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json
step "Compilación";      npx vite build --logLevel warn
# The e2e suite on each engine; the PostgreSQL run goes on after a failed SQLite run, and the
# summary reports both (a run that died without its report counts as failed).
e2e() { npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$1"; }
rm -f test-results/e2e.json test-results/e2e-postgres.json
e2e_status=0
step "Chromium (e2e, SQLite)";     e2e test-results/e2e.json || e2e_status=$?
step "Chromium (e2e, PostgreSQL)"; ATLAS_E2E_ENGINE=postgres e2e test-results/e2e-postgres.json || e2e_status=$?
node scripts/test-summary.mjs "unidad=test-results/unit.json" \
  "e2e SQLite=test-results/e2e.json" "e2e PostgreSQL=test-results/e2e-postgres.json"
exit "$e2e_status"
