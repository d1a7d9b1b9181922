// Polygon features + attribute columns → the Arrow table every bundled polygon layer uses:
// the attributes, then GeoJSON text (2D, 6 decimals ≈ 0.1 m, repeated points dropped) and bbox
// columns (src/lib/export/polygon-columns.ts, shared with the team library).
import { arrowIpc, type Column } from './arrow-table';
import type { Areal } from './geometry';
import { expectEqual } from './fail';
import { polygonColumns } from '../../src/lib/export/polygon-columns';

export function polygonTable(
  what: string,
  geometries: readonly Areal[],
  columns: Record<string, Column>
): { rows: number; bytes: Uint8Array } {
  for (const [name, col] of Object.entries(columns))
    expectEqual(`${what}: valores de ${name}`, col.values.length, geometries.length);
  return { rows: geometries.length, bytes: arrowIpc(polygonColumns(geometries, columns)) };
}
