// Geodesic area (ha, WGS84) of the polygonal parts of a GEOS geometry, read straight from the
// wasm heap without building GeoJSON.
import type { EdgeAreaCache } from './edge-area-cache';
import { flatRingAreaM2 } from './geodesic-area';
import { eachRing } from './geos-rings';
import type { Geos } from './geos-runtime';

export function geosAreaHa(geos: Geos, g: number, cache?: EdgeAreaCache, remember = false): number {
  let m2 = 0;
  eachRing(geos, g, (xy, n, hole) => {
    const a = flatRingAreaM2(xy, 0, n, cache, remember);
    m2 += hole ? -a : a;
  });
  return m2 / 10_000;
}
