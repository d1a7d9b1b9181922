// The attribute columns followed by the geometry columns of a team layer whose features may be
// polygons, points or lines: polygons exactly as polygonColumns stores them (rounded, repeated
// points dropped), points and lines as pointLineGeometry left them; GeoJSON text plus bbox each.
import type { Column } from '../export/arrow-ipc';
import {
  COORD_DIGITS,
  dropRepeatedPoints,
  geometryColumns,
  normalizeGeometry,
  type Areal
} from '../export/polygon-columns';
import type { PointLine } from './point-line-geometry';

export type StoredGeometry = Areal | PointLine;

const areal = (g: StoredGeometry): g is Areal => g.type === 'Polygon' || g.type === 'MultiPolygon';

export function storedGeometryColumns(
  geometries: readonly StoredGeometry[],
  columns: Record<string, Column>
): Record<string, Column> {
  const geoms = geometries.map((g) =>
    areal(g) ? dropRepeatedPoints(normalizeGeometry(g, COORD_DIGITS)) : g
  );
  return { ...columns, ...geometryColumns(geoms) };
}
