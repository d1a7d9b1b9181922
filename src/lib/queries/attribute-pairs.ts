// Typed query: one attribute of a bundled table by its key (e.g. resguardo name → people).
import type { Db } from '../duckdb/db';
import { assertIdentifiers } from './sql-identifier';

export async function attributePairs(
  db: Db,
  table: string,
  key: string,
  column: string
): Promise<Map<string, string>> {
  assertIdentifiers(table, key, column);
  const rows = await db.query<{ k: unknown; v: unknown }>(
    `SELECT ${key} AS k, ${column} AS v FROM ${table}`
  );
  return new Map(rows.map((r) => [String(r.k), r.v === null ? '' : String(r.v)]));
}
