// The rows an attribute table shows: those matching the search (every word of it in some cell,
// accent- and case-insensitive) and each column's filter, sorted by one column (numbers as
// numbers, text in Spanish order, empty cells last). Returns indices into `rows`.
import { fold } from '$lib/domain/municipio-search';
import type { Cell } from '$lib/export/export-table';

export interface TableViewSpec {
  search: string;
  /** Text a column's cells must contain, by column index. */
  columnFilters?: Readonly<Record<number, string>>;
  sort?: { column: number; descending: boolean } | null;
}

const folded = new WeakMap<readonly Cell[][], string[][]>();

function foldedRows(rows: readonly Cell[][]): string[][] {
  let f = folded.get(rows);
  if (!f) {
    f = rows.map((r) => r.map((c) => (c === null ? '' : fold(String(c)))));
    folded.set(rows, f);
  }
  return f;
}

const collator = new Intl.Collator('es', { numeric: true, sensitivity: 'base' });

function compare(a: Cell, b: Cell): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function tableView(rows: readonly Cell[][], spec: TableViewSpec): number[] {
  const text = foldedRows(rows);
  const words = fold(spec.search).split(' ').filter(Boolean);
  const filters = Object.entries(spec.columnFilters ?? {})
    .map(([i, v]) => [Number(i), fold(v)] as const)
    .filter(([, v]) => v);
  const keep = (i: number) => {
    const cells = text[i]!;
    return (
      words.every((w) => cells.some((c) => c.includes(w))) &&
      filters.every(([col, v]) => (cells[col] ?? '').includes(v))
    );
  };
  const out = rows.map((_, i) => i).filter(keep);
  const sort = spec.sort;
  if (sort) {
    const sign = sort.descending ? -1 : 1;
    // Empty cells stay last in both directions; ties keep the table's order.
    out.sort((i, j) => {
      const [a, b] = [rows[i]![sort.column] ?? null, rows[j]![sort.column] ?? null];
      if (a === null || b === null) return compare(a, b) || i - j;
      return sign * compare(a, b) || i - j;
    });
  }
  return out;
}
