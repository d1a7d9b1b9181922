// The geometry columns of every stored polygon layer (bundled and team): GeoJSON text (2D, rounded
// to 6 decimals ≈ 0.1 m, repeated points dropped) and the bbox columns min_lon/min_lat/max_lon/max_lat.
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { forEachPosition } from '../import/imported-layer';
import type { Column } from './arrow-ipc';

export type Areal = Polygon | MultiPolygon;

export const COORD_DIGITS = 6;

function mapPositions(g: Areal, f: (p: Position) => Position): Areal {
  if (g.type === 'Polygon')
    return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((poly) => poly.map((r) => r.map(f)))
  };
}

/** 2D copy; `digits` rounds coordinates (undefined keeps full precision). */
export function normalizeGeometry(g: Areal, digits?: number): Areal {
  const k = digits === undefined ? 0 : 10 ** digits;
  const round = (v: number) => (k ? Math.round(v * k) / k : v);
  return mapPositions(g, (p) => [round(p[0]!), round(p[1]!)]);
}

/** Drops consecutive repeated positions of each ring (after rounding they add nothing); a ring
 * that would fall below four positions is kept as it was. */
export function dropRepeatedPoints(g: Areal): Areal {
  const ring = (r: Position[]) => {
    const out = r.filter((p, i) => i === 0 || p[0] !== r[i - 1]![0] || p[1] !== r[i - 1]![1]);
    return out.length >= 4 ? out : r;
  };
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}

/** Bounding box of any well-formed geometry (polygons, and the points and lines of team layers). */
export function bboxOf(g: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  forEachPosition(g, (p) => {
    const [x, y] = p as [number, number];
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  });
  return b;
}

/** Columns shared by every stored layer: GeoJSON text plus bbox. */
export function geometryColumns(geoms: Geometry[]) {
  const boxes = geoms.map(bboxOf);
  return {
    geometry: { type: 'utf8' as const, values: geoms.map((g) => JSON.stringify(g)) },
    min_lon: { type: 'f64' as const, values: boxes.map((b) => b[0]) },
    min_lat: { type: 'f64' as const, values: boxes.map((b) => b[1]) },
    max_lon: { type: 'f64' as const, values: boxes.map((b) => b[2]) },
    max_lat: { type: 'f64' as const, values: boxes.map((b) => b[3]) }
  };
}

/** The attribute columns followed by the geometry columns of the rounded geometries. */
export function polygonColumns(
  geometries: readonly Areal[],
  columns: Record<string, Column>
): Record<string, Column> {
  const geoms = geometries.map((g) => dropRepeatedPoints(normalizeGeometry(g, COORD_DIGITS)));
  return { ...columns, ...geometryColumns(geoms) };
}
