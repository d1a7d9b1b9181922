// Typed query: the tables in DuckDB with their columns in order (the SQL console's list).
import type { Db } from '../duckdb/db';
import type { CellColumn } from './cell-rows';

export interface SqlTable {
  name: string;
  columns: CellColumn[];
}

export async function sqlTables(db: Db): Promise<SqlTable[]> {
  const rows = await db.query<{ t: string; c: string; type: string }>(
    `SELECT table_name AS t, column_name AS c, data_type AS type FROM duckdb_columns()
     WHERE NOT internal AND schema_name = 'main' ORDER BY table_name, column_index`
  );
  const tables = new Map<string, SqlTable>();
  for (const r of rows) {
    const t = tables.get(r.t) ?? { name: r.t, columns: [] };
    t.columns.push({ name: r.c, type: r.type });
    tables.set(r.t, t);
  }
  return [...tables.values()];
}
