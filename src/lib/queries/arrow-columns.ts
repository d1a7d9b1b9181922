// A bundled Arrow IPC file's rows, only the columns asked for, without DuckDB: what a page draws or
// counts before the analysis engine is loaded. 64-bit integers become numbers, as in `arrowRows`.
import { tableFromIPC } from 'apache-arrow';

export type ArrowRow = Record<string, unknown>;

export function arrowColumns(bytes: Uint8Array, columns: readonly string[]): ArrowRow[] {
  const table = tableFromIPC(bytes);
  const vectors = columns.map((c) => {
    const v = table.getChild(c);
    if (!v) throw new Error(`El archivo no tiene la columna «${c}».`);
    return [c, v] as const;
  });
  const rows: ArrowRow[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: ArrowRow = {};
    for (const [c, v] of vectors) {
      const x: unknown = v.get(i);
      row[c] = typeof x === 'bigint' ? Number(x) : (x ?? null);
    }
    rows.push(row);
  }
  return rows;
}
