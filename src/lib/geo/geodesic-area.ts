// Area on the WGS84 ellipsoid (GeographicLib, Karney 2013), in hectares.
// Rings may wind either way; holes are subtracted. Coordinates are [lon, lat] degrees.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import * as geographiclib from 'geographiclib-geodesic';

// CommonJS package: Node's ESM loader exposes it as `default`, bundlers as named exports.
const lib =
  (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;
const WGS84 = lib.Geodesic.WGS84;

/** Unsigned area of one ring in m² (closing vertex optional). */
export function ringAreaM2(ring: Position[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  const last = ring[n - 1]!;
  const closed = last[0] === ring[0]![0] && last[1] === ring[0]![1];
  const poly = WGS84.Polygon(false);
  for (let i = 0; i < (closed ? n - 1 : n); i++) poly.AddPoint(ring[i]![1]!, ring[i]![0]!);
  return Math.abs(poly.Compute(false, true).area ?? 0);
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
