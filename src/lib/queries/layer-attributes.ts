// Typed query: every row of a layer's table as export cells, without its geometry (the attribute
// table). Any table name works (bundled, team layers `equipo_<slug>_v<n>`).
import type { Db } from '../duckdb/db';
import { cellRows, type CellRows } from './cell-rows';
import { quoteIdentifier } from './sql-quote';

export function layerAttributes(db: Db, table: string): Promise<CellRows> {
  return cellRows(db, quoteIdentifier(table), { exclude: ['geometry'] });
}
