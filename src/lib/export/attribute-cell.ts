// An attribute value as a table cell: dBASE dates (local midnight) as YYYY-MM-DD, nested values
// as JSON, non-finite numbers as text.
import type { Cell } from './export-table';

const pad = (n: number) => String(n).padStart(2, '0');

export function attributeCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date)
    return Number.isNaN(v.getTime())
      ? null
      : `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  return JSON.stringify(v);
}
