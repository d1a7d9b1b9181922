// Typed query: a polygon table's key and GeoJSON text, ready to send to the overlay worker.
import type { WireFeature } from '$lib/geo/overlay-session';
import type { Db } from '../duckdb/db';
import { assertIdentifiers } from './sql-identifier';

export async function wireFeatures(db: Db, table: string, key: string): Promise<WireFeature[]> {
  assertIdentifiers(table, key);
  const rows = await db.query<{ id: unknown; geometry: string }>(
    `SELECT ${key} AS id, geometry FROM ${table}`
  );
  return rows.map((r) => ({ id: String(r.id), geometry: r.geometry }));
}
