// One table of the SQLite snapshot into PostgreSQL, on the copy's transaction: every column by
// name (the two engines' schemas match, migrations.ts), rows in rowid order (insertion order, which
// session_attendance's identity `seq` keeps on PostgreSQL), values as stored — ids, versions, ISO
// timestamps and JSON as text, 0/1 flags, BLOBs as bytea — in multi-row INSERTs.
import type Database from 'better-sqlite3';
import type { PgQueryable } from '../pg/pg-database';

const BATCH_ROWS = 500;
const BATCH_PARAMS = 30_000;
const BATCH_BYTES = 16_000_000;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const size = (v: unknown) =>
  Buffer.isBuffer(v) ? v.byteLength : typeof v === 'string' ? v.length : 8;

async function pgColumns(c: PgQueryable, table: string): Promise<string[]> {
  const rows = await c.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1
       AND is_generated = 'NEVER' AND coalesce(identity_generation, '') <> 'ALWAYS'
     ORDER BY ordinal_position`,
    [table]
  );
  return rows.map((r) => r.name);
}

/** Copies every row of `table`; returns how many. */
export async function copyTable(
  sqlite: Database.Database,
  c: PgQueryable,
  table: string
): Promise<number> {
  const columns = (
    sqlite.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table) as {
      name: string;
    }[]
  ).map((r) => r.name);
  const target = await pgColumns(c, table);
  if ([...columns].sort().join() !== [...target].sort().join())
    throw new Error(
      `la tabla «${table}» no tiene las mismas columnas en SQLite (${columns.join(', ')}) y en PostgreSQL (${target.join(', ')})`
    );
  const list = columns.map(quote).join(', ');
  const insert = async (rows: unknown[][]) => {
    const params = rows.flat();
    const values = rows.map(
      (r, i) => `(${r.map((_, j) => `$${i * columns.length + j + 1}`).join(', ')})`
    );
    await c.query(`INSERT INTO ${quote(table)} (${list}) VALUES ${values.join(', ')}`, params);
  };
  const read = sqlite.prepare(`SELECT ${list} FROM ${quote(table)} ORDER BY rowid`).raw();
  let batch: unknown[][] = [];
  let bytes = 0;
  let copied = 0;
  for (const row of read.iterate() as Iterable<unknown[]>) {
    batch.push(row);
    bytes += row.reduce<number>((n, v) => n + size(v), 0);
    if (
      batch.length >= BATCH_ROWS ||
      (batch.length + 1) * columns.length > BATCH_PARAMS ||
      bytes >= BATCH_BYTES
    ) {
      await insert(batch);
      copied += batch.length;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) await insert(batch);
  return copied + batch.length;
}
