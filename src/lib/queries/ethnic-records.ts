// Typed query: the rows of the ANT's national table of formalized resguardos (no polygons) that
// the ANT files under the given municipios, in the table's order.
import { DANE_CODE } from '../domain/dane-code';
import type { Db, Row } from '../duckdb/db';
import { ANT_RECORD_LAYER } from '../facts/record-hits';

export async function ethnicRecords(db: Db, codes: string[]): Promise<Row[]> {
  const list = [...new Set(codes)].filter((c) => DANE_CODE.test(c)).map((c) => `'${c}'`);
  if (!list.length) return [];
  return db.query(
    `SELECT code, name, people, act, area_ha, filed_as FROM ${ANT_RECORD_LAYER}
     WHERE code IN (${list.join(', ')}) ORDER BY code, name`
  );
}
