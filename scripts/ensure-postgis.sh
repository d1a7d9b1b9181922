#!/usr/bin/env bash
# Installs Debian's PostgreSQL 15 and PostGIS 3 for the PostgreSQL tests when missing (needs root or
# sudo). Not needed when ATLAS_TEST_PG points the tests at a server of one's own.
set -euo pipefail
if [ -n "${ATLAS_TEST_PG:-}" ]; then exit 0; fi
PG_BIN="${ATLAS_PG_BIN:-/usr/lib/postgresql/15/bin}"
POSTGIS=/usr/share/postgresql/15/extension/postgis.control
if [ -x "$PG_BIN/postgres" ] && [ -f "$POSTGIS" ]; then exit 0; fi
echo "» Instalando PostgreSQL 15 y PostGIS 3 de Debian para las pruebas de PostgreSQL…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  postgresql-15 postgresql-15-postgis-3 >/dev/null
[ -x "$PG_BIN/postgres" ] && [ -f "$POSTGIS" ] || {
  echo "No se pudo instalar PostgreSQL 15 con PostGIS ($PG_BIN/postgres, $POSTGIS)" >&2
  exit 1
}
