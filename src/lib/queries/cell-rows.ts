// Rows of a relation as export cells, in column order: numbers and booleans as they are, wide
// numbers (HUGEINT, DECIMAL) as doubles, text as text, every other type (dates, lists, structs…)
// as DuckDB's own text for it. Column names come from DESCRIBE, so duplicates (a, a_1) and
// numeric names keep their place.
import type { Db } from '../duckdb/db';
import type { Cell } from '../export/export-table';
import { quoteIdentifier } from './sql-quote';

export interface CellColumn {
  name: string;
  type: string;
}

export interface CellRows {
  columns: CellColumn[];
  rows: Cell[][];
}

const AS_IS = /^(BOOLEAN|VARCHAR|(U?(TINYINT|SMALLINT|INTEGER|BIGINT))|FLOAT|DOUBLE)$/;
const AS_DOUBLE = /^(U?HUGEINT|DECIMAL\(\d+,\d+\))$/;

function cast(column: CellColumn): string {
  const c = quoteIdentifier(column.name);
  if (AS_IS.test(column.type)) return c;
  return `CAST(${c} AS ${AS_DOUBLE.test(column.type) ? 'DOUBLE' : 'VARCHAR'})`;
}

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return typeof v === 'bigint' ? Number(v) : JSON.stringify(v);
}

/** `relation`: SQL that may follow FROM (a quoted table name, a table function call). */
export async function cellRows(
  db: Db,
  relation: string,
  options: { limit?: number; exclude?: readonly string[] } = {}
): Promise<CellRows> {
  const described = await db.query<{ column_name: string; column_type: string }>(
    `DESCRIBE SELECT * FROM ${relation}`
  );
  const columns = described
    .map((d) => ({ name: d.column_name, type: d.column_type }))
    .filter((c) => !options.exclude?.includes(c.name));
  if (!columns.length) return { columns, rows: [] };
  const list = columns.map((c, i) => `${cast(c)} AS c${i}`).join(', ');
  const limit = options.limit === undefined ? '' : ` LIMIT ${Math.floor(options.limit)}`;
  const rows = await db.query(`SELECT ${list} FROM ${relation}${limit}`);
  return { columns, rows: rows.map((r) => columns.map((_, i) => cell(r[`c${i}`]))) };
}
