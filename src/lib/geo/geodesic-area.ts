// Area on the WGS84 ellipsoid, in hectares: GeographicLib's polygon area (Karney 2013) — the sum of
// each geodesic edge's S12 from Geodesic.Inverse, with PolygonArea's reduction (prime-meridian
// crossings, remainder by the ellipsoid's area). Only the AREA quantity is requested per edge,
// which skips the edge lengths PolygonArea also computes. Rings may wind either way; holes are
// subtracted. Coordinates are [lon, lat] degrees.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { EdgeAreaCache } from './edge-area-cache';
import { Geodesic } from './geographiclib';
const WGS84 = Geodesic.WGS84;
const MASK = Geodesic.AREA | Geodesic.LONG_UNROLL;
const AREA0 = 4 * Math.PI * (WGS84 as unknown as { _c2: number })._c2;

const normalize = (x: number) => {
  const y = x % 360;
  return y <= -180 ? y + 360 : y > 180 ? y - 360 : y;
};

/** GeographicLib's PolygonArea.transit: +1/−1 when an edge crosses the prime meridian eastward/westward. */
function transit(lon1: number, lon2: number): number {
  const a = normalize(lon1);
  const b = normalize(lon2);
  const d = normalize(b - a);
  return a <= 0 && b > 0 && d > 0 ? 1 : b <= 0 && a > 0 && d < 0 ? -1 : 0;
}

/**
 * Unsigned area in m² of one ring given as interleaved lon,lat values: `xy[start..start+2n)`.
 * The closing vertex may be repeated or not. With a cache, known edges are not solved
 * again; `remember` adds the solved ones to it.
 */
export function flatRingAreaM2(
  xy: ArrayLike<number>,
  start: number,
  n: number,
  cache?: EdgeAreaCache,
  remember = false
): number {
  let count = n;
  const end = start + 2 * (n - 1);
  if (n > 1 && xy[end] === xy[start] && xy[end + 1] === xy[start + 1]) count--;
  if (count < 3) return 0;
  let sum = 0;
  let crossings = 0;
  for (let i = 0; i < count; i++) {
    const a = start + 2 * i;
    const b = start + 2 * ((i + 1) % count);
    const lon1 = xy[a]!;
    const lon2 = xy[b]!;
    const lat1 = xy[a + 1]!;
    const lat2 = xy[b + 1]!;
    let s12 = cache ? cache.lookup(lon1, lat1, lon2, lat2) : Number.NaN;
    if (Number.isNaN(s12)) {
      s12 = WGS84.Inverse(lat1, lon1, lat2, lon2, MASK).S12 ?? 0;
      if (remember) cache?.store(lon1, lat1, lon2, lat2, s12);
    }
    sum += s12;
    crossings += transit(lon1, lon2);
  }
  let area = sum % AREA0;
  if (crossings & 1) area += ((area < 0 ? 1 : -1) * AREA0) / 2;
  if (area > AREA0 / 2) area -= AREA0;
  else if (area <= -AREA0 / 2) area += AREA0;
  return Math.abs(area);
}

let scratch = new Float64Array(1024);

/** Unsigned area of one ring in m² (closing vertex optional). */
export function ringAreaM2(ring: Position[]): number {
  if (scratch.length < ring.length * 2) scratch = new Float64Array(ring.length * 4);
  for (let i = 0; i < ring.length; i++) {
    scratch[2 * i] = ring[i]![0]!;
    scratch[2 * i + 1] = ring[i]![1]!;
  }
  return flatRingAreaM2(scratch, 0, ring.length);
}

function polygonAreaM2(rings: Position[][]): number {
  const [outer, ...holes] = rings;
  if (!outer) return 0;
  return ringAreaM2(outer) - holes.reduce((s, h) => s + ringAreaM2(h), 0);
}

export function geodesicAreaHa(g: Polygon | MultiPolygon): number {
  const m2 =
    g.type === 'Polygon'
      ? polygonAreaM2(g.coordinates)
      : g.coordinates.reduce((s, p) => s + polygonAreaM2(p), 0);
  return m2 / 10_000;
}
