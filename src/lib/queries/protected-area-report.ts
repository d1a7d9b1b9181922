// Typed query: the rows of RUNAP's per-municipio report (data/runap_reporte.arrow) for the given
// municipios — one row per protected area × municipio (an area may come in several pieces).
import type { Db, Row } from '../duckdb/db';
import { RUNAP_REPORT_LAYER } from '../facts/official-area-cut';
import { codeList } from './code-list';

export async function protectedAreaReport(db: Db, codes: string[]): Promise<Row[]> {
  const list = codeList(codes);
  if (!list) return [];
  return db.query(
    `SELECT code, ap_id, name, category, authority, terrestre_ha FROM ${RUNAP_REPORT_LAYER}
     WHERE code IN (${list}) ORDER BY code, ap_id`
  );
}
