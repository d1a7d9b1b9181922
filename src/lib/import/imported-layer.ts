// What every loader returns, and the checks they share: geometry well formed (every position has
// two finite numbers, nesting as the type requires) and coordinates in degrees.
import type { Feature, Geometry, Position } from 'geojson';
import type { SupportedCrs } from './supported-crs';

export interface ImportedLayer {
  /** The file the features came from (inside a .zip: the .shp or .geojson name). */
  name: string;
  /** In WGS84 lon/lat, without Z/M; a feature whose geometry was unusable has `geometry: null`. */
  features: Feature<Geometry | null>[];
  fields: string[];
  /** The CRS the file was in (before reprojection). */
  crs: SupportedCrs;
  warnings: string[];
}

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3
};

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]);

function nested(c: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(c);
  return Array.isArray(c) && c.every((x) => nested(x, depth - 1));
}

/** Whether a value is a GeoJSON geometry whose every position holds two finite numbers. */
export function wellFormed(g: unknown): g is Geometry {
  if (typeof g !== 'object' || g === null) return false;
  const { type, coordinates, geometries } = g as {
    type?: unknown;
    coordinates?: unknown;
    geometries?: unknown;
  };
  if (type === 'GeometryCollection')
    return Array.isArray(geometries) && geometries.every(wellFormed);
  const depth = typeof type === 'string' ? DEPTH[type] : undefined;
  return depth !== undefined && nested(coordinates, depth);
}

/** Calls `f` on every position of a well-formed geometry (the arrays themselves, to edit in place). */
export function forEachPosition(g: Geometry, f: (p: Position) => void): void {
  if (g.type === 'GeometryCollection') return g.geometries.forEach((x) => forEachPosition(x, f));
  if (g.type === 'Point') return f(g.coordinates);
  if (g.type === 'LineString' || g.type === 'MultiPoint') return g.coordinates.forEach(f);
  if (g.type === 'Polygon' || g.type === 'MultiLineString')
    return g.coordinates.forEach((r) => r.forEach(f));
  g.coordinates.forEach((p) => p.forEach((r) => r.forEach(f)));
}

/** Whether a geometry is well formed and every coordinate is inside the lon/lat range. */
export function inDegrees(g: Geometry): boolean {
  if (!wellFormed(g)) return false;
  let ok = true;
  forEachPosition(g, (p) => {
    if (!(Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90)) ok = false;
  });
  return ok;
}
