// Attribute columns for the polygon tables, from feature properties as the readers give them.
import type { Column } from './arrow-table';

export type Props = Record<string, unknown>;

/** Trimmed text; empty and missing values are null. */
export const cleanText = (v: unknown): string | null =>
  v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();

export const textColumn = (rows: readonly Props[], key: string): Column => ({
  type: 'utf8',
  values: rows.map((p) => cleanText(p[key]))
});

export const numberColumn = (rows: readonly Props[], key: string): Column => ({
  type: 'f64',
  values: rows.map((p) => (p[key] == null ? null : Number(p[key])))
});

// The `shapefile` package reads a blank DBF date («        ») as new Date(0, -1, 0).
const BLANK_DBF_DATE = new Date(0, -1, 0).getTime();
const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD from a DBF date (read in local time, so local getters give the file's own day) or
 * from text that starts with one («2018-06-29 00:00», «1992-04-28T00:00:00.000»); else null. */
export function isoDay(v: unknown): string | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime()) || v.getTime() === BLANK_DBF_DATE) return null;
    return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

export const dateColumn = (rows: readonly Props[], key: string): Column => ({
  type: 'utf8',
  values: rows.map((p) => isoDay(p[key]))
});
