// Node only: the rows of a bundled Arrow IPC table (data/<table>.arrow), without DuckDB — the
// command line starts faster this way. BigInt values become numbers.
import { tableFromIPC } from 'apache-arrow';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Row = Record<string, unknown>;

export async function readArrowRows(dataDir: string, table: string): Promise<Row[]> {
  const t = tableFromIPC(await readFile(join(dataDir, `${table}.arrow`)));
  const names = t.schema.fields.map((f) => f.name);
  const columns = names.map((n) => t.getChild(n));
  const rows: Row[] = new Array<Row>(t.numRows);
  for (let i = 0; i < t.numRows; i++) {
    const row: Row = {};
    names.forEach((n, j) => {
      const v: unknown = columns[j]?.get(i);
      row[n] = typeof v === 'bigint' ? Number(v) : v;
    });
    rows[i] = row;
  }
  return rows;
}
