// After rows were inserted with their ids, every identity column's sequence moves past the
// largest id, so the next insert of the app takes a new one instead of colliding.
import type { PgQueryable } from '../pg/pg-database';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Resets every identity sequence of the schema; returns the `table.column`s reset. */
export async function resetIdentities(c: PgQueryable): Promise<string[]> {
  const columns = await c.query<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name, column_name`
  );
  for (const { t, c: col } of columns)
    await c.query(
      `SELECT setval(pg_get_serial_sequence($1, $2),
         coalesce((SELECT max(${quote(col)}) FROM ${quote(t)}), 0) + 1, false)`,
      [quote(t), col]
    );
  return columns.map(({ t, c: col }) => `${t}.${col}`);
}
