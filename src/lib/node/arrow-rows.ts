// The rows of an Arrow IPC table held in memory (a bundled file or a team layer version), as
// plain objects; BigInt values become numbers. `keep` (reading a row's columns by name) skips the
// rows it refuses before they are built.
import { tableFromIPC } from 'apache-arrow';

export type Row = Record<string, unknown>;

export type RowFilter = (get: (column: string) => unknown) => boolean;

const plain = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);

export function arrowRows(bytes: Uint8Array, keep?: RowFilter): Row[] {
  const t = tableFromIPC(bytes);
  const names = t.schema.fields.map((f) => f.name);
  const columns = names.map((n) => t.getChild(n));
  const byName = new Map(names.map((n, j) => [n, columns[j]]));
  const rows: Row[] = [];
  for (let i = 0; i < t.numRows; i++) {
    if (keep && !keep((n) => plain(byName.get(n)?.get(i)))) continue;
    const row: Row = {};
    names.forEach((n, j) => {
      row[n] = plain(columns[j]?.get(i));
    });
    rows.push(row);
  }
  return rows;
}
