// Polygon features + attribute columns → the Arrow table every bundled polygon layer uses:
// the attributes, then GeoJSON text (2D, 6 decimals ≈ 0.1 m, repeated points dropped) and bbox
// columns.
import { arrowIpc, type Column } from './arrow-table';
import { dropRepeatedPoints, geometryColumns, normalizeGeometry, type Areal } from './geometry';
import { expectEqual } from './fail';

export const COORD_DIGITS = 6;

export function polygonTable(
  what: string,
  geometries: readonly Areal[],
  columns: Record<string, Column>
): { rows: number; bytes: Uint8Array } {
  for (const [name, col] of Object.entries(columns))
    expectEqual(`${what}: valores de ${name}`, col.values.length, geometries.length);
  const geoms = geometries.map((g) => dropRepeatedPoints(normalizeGeometry(g, COORD_DIGITS)));
  return { rows: geoms.length, bytes: arrowIpc({ ...columns, ...geometryColumns(geoms) }) };
}
