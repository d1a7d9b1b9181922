// The rows of an Arrow IPC table held in memory (a bundled file or a team layer version), as
// plain objects; BigInt values become numbers.
import { tableFromIPC } from 'apache-arrow';

export type Row = Record<string, unknown>;

export function arrowRows(bytes: Uint8Array): Row[] {
  const t = tableFromIPC(bytes);
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
