// Typed query: the rows of the ANT's national table of formalized resguardos (no polygons) that
// the ANT files under the given municipios, in the table's order.
import type { Db, Row } from '../duckdb/db';
import { ANT_RECORD_LAYER } from '../facts/record-hits';
import { codeList } from './code-list';

export async function ethnicRecords(db: Db, codes: string[]): Promise<Row[]> {
  const list = codeList(codes);
  if (!list) return [];
  return db.query(
    `SELECT code, name, people, act, area_ha, filed_as FROM ${ANT_RECORD_LAYER}
     WHERE code IN (${list}) ORDER BY code, name`
  );
}
