// A polygon layer as flat typed arrays, as a GPU draws it (deck.gl's binary attributes): every
// ring's vertices in one array, where each polygon and each ring starts, which feature each
// belongs to, and the fill's triangles (earcut, holes left out); the layer's points and lines
// (point, line and mixed team layers) likewise, each with its feature (point-line-parts.ts).
// Built once per layer version; the arrays travel and are cached as they are, with no GeoJSON
// objects in between.
import earcut from 'earcut';
import type { Geometry, Position } from 'geojson';
import simplify from 'simplify-js';
import { addPointLineParts, type PointLineParts } from './point-line-parts';

export interface PolygonBuffers {
  /** Each feature's key (what a highlight or a pick names). */
  keys: string[];
  /** x, y of every ring vertex, rings closed as given. */
  positions: Float64Array;
  /** First vertex of each polygon, plus the end (length polygons + 1). */
  polygonStarts: Uint32Array;
  /** Feature of each polygon. */
  polygonFeature: Uint32Array;
  /** First vertex of each ring, plus the end (length rings + 1). */
  ringStarts: Uint32Array;
  /** Feature of each ring. */
  ringFeature: Uint32Array;
  /** The fill's triangles: three vertex indices into `positions` each. */
  indices: Uint32Array;
  /** x, y of every point (a MultiPoint's each). */
  points: Float64Array;
  /** Feature of each point. */
  pointFeature: Uint32Array;
  /** x, y of every line vertex. */
  paths: Float64Array;
  /** First vertex of each line, plus the end (length lines + 1). */
  pathStarts: Uint32Array;
  /** Feature of each line. */
  pathFeature: Uint32Array;
}

/** A feature to lay out: its key and its geometry (an object or GeoJSON text). */
export interface BufferInput {
  key: string;
  geometry: Geometry | string | null;
}

/** A ring simplified within `tolerance` (degrees), or as it is when it would collapse below a
 * quadrilateral: rings, polygons and features stay one-to-one with the full layer's. */
function simplified(ring: Position[], tolerance: number): Position[] {
  if (!tolerance || ring.length <= 5) return ring;
  const kept = simplify(
    ring.map(([x = 0, y = 0]) => ({ x, y })),
    tolerance
  );
  return kept.length >= 5 ? kept.map((p) => [p.x, p.y]) : ring;
}

const polygonsOf = (g: Geometry | null): Position[][][] =>
  g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];

/** Lays out the polygons, points and lines of `features` (collections are skipped); with
 * `tolerance` (degrees), each ring and line simplified for small scales (sub-pixel at the zooms
 * it is drawn). */
export function polygonBuffers(features: Iterable<BufferInput>, tolerance = 0): PolygonBuffers {
  const keys: string[] = [];
  const xy: number[] = [];
  const polygonStarts = [0];
  const polygonFeature: number[] = [];
  const ringStarts = [0];
  const ringFeature: number[] = [];
  const indices: number[] = [];
  const parts: PointLineParts = {
    points: [],
    pointFeature: [],
    paths: [],
    pathStarts: [0],
    pathFeature: []
  };
  for (const f of features) {
    const feature = keys.length;
    keys.push(f.key);
    const g = typeof f.geometry === 'string' ? (JSON.parse(f.geometry) as Geometry) : f.geometry;
    for (const rings of polygonsOf(g)) {
      const first = xy.length / 2;
      const holes: number[] = [];
      for (const [r, ring] of rings.entries()) {
        if (r > 0) holes.push(xy.length / 2 - first);
        for (const p of simplified(ring, tolerance)) xy.push(p[0]!, p[1]!);
        ringStarts.push(xy.length / 2);
        ringFeature.push(feature);
      }
      const flat = xy.slice(first * 2);
      for (const i of earcut(flat, holes, 2)) indices.push(first + i);
      polygonStarts.push(xy.length / 2);
      polygonFeature.push(feature);
    }
    addPointLineParts(parts, g, feature, tolerance);
  }
  return {
    keys,
    positions: Float64Array.from(xy),
    polygonStarts: Uint32Array.from(polygonStarts),
    polygonFeature: Uint32Array.from(polygonFeature),
    ringStarts: Uint32Array.from(ringStarts),
    ringFeature: Uint32Array.from(ringFeature),
    indices: Uint32Array.from(indices),
    points: Float64Array.from(parts.points),
    pointFeature: Uint32Array.from(parts.pointFeature),
    paths: Float64Array.from(parts.paths),
    pathStarts: Uint32Array.from(parts.pathStarts),
    pathFeature: Uint32Array.from(parts.pathFeature)
  };
}
