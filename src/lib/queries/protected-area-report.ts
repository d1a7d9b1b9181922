// Typed query: the rows of RUNAP's per-municipio report (data/runap_reporte.arrow) for the given
// municipios — one row per protected area × municipio (an area may come in several pieces).
import { DANE_CODE } from '../domain/dane-code';
import type { Db, Row } from '../duckdb/db';
import { RUNAP_REPORT_LAYER } from '../facts/official-area-cut';

export async function protectedAreaReport(db: Db, codes: string[]): Promise<Row[]> {
  const list = [...new Set(codes)].filter((c) => DANE_CODE.test(c)).map((c) => `'${c}'`);
  if (!list.length) return [];
  return db.query(
    `SELECT code, ap_id, name, category, authority, terrestre_ha FROM ${RUNAP_REPORT_LAYER}
     WHERE code IN (${list.join(', ')}) ORDER BY code, ap_id`
  );
}
