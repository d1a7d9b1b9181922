// Typed query: the protected areas RUNAP's report places in one municipio (official hectares, the
// pieces of an area summed), with each area's attributes from RUNAP's national table (category,
// condition, authority, act, RUNAP page); largest first.
import { DANE_CODE } from '../domain/dane-code';
import type { Db, Row } from '../duckdb/db';

export interface ProtectedArea {
  apId: number;
  name: string;
  category: string;
  /** Terrestrial hectares in the municipio, as RUNAP's report gives them. */
  ha: number;
  condition: string | null;
  authority: string | null;
  act: string | null;
  inscribed: string | null;
  url: string | null;
}

export async function municipioProtectedAreas(db: Db, code: string): Promise<ProtectedArea[]> {
  if (!DANE_CODE.test(code)) return [];
  const rows = await db.query<ProtectedArea & Row>(
    `SELECT r.ap_id AS "apId", any_value(r.name) AS name, any_value(r.category) AS category,
            sum(r.terrestre_ha) AS ha, any_value(a.condition) AS condition,
            coalesce(any_value(a.authority), any_value(r.authority)) AS authority,
            any_value(a.act) AS act, any_value(a.inscribed) AS inscribed, any_value(a.url) AS url
     FROM runap_reporte r LEFT JOIN runap_areas a ON a.ap_id = r.ap_id
     WHERE r.code = '${code}' GROUP BY r.ap_id ORDER BY ha DESC, r.ap_id`
  );
  return rows.map((r) => ({ ...r, apId: Number(r.apId), ha: Number(r.ha) }));
}
