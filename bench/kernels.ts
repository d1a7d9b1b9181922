// The three clipping kernels compared by the benchmark, each giving the geodesic overlap (ha) of
// two GeoJSON polygons: Turf `intersect` alone; Turf with `booleanIntersects` + `bboxClip` first;
// GEOS (geos-wasm) on geometries converted once, as the engine does.
import { bboxClip } from '@turf/bbox-clip';
import bbox from '@turf/bbox';
import { booleanIntersects } from '@turf/boolean-intersects';
import { featureCollection, feature } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';
import { geosAreaHa } from '../src/lib/geo/geos-area';
import type { Geos } from '../src/lib/geo/geos-runtime';

export type Poly = Polygon | MultiPolygon;

/** Turf throws on some real inputs (e.g. degenerate rings left by bboxClip): NaN, counted apart. */
function guarded(f: () => number): number {
  try {
    return f();
  } catch {
    return Number.NaN;
  }
}

export function turfOnly(a: Poly, b: Poly): number {
  return guarded(() => {
    const cut = intersect(featureCollection([feature(a), feature(b)]));
    return cut ? geodesicAreaHa(cut.geometry) : 0;
  });
}

export function turfClipped(a: Poly, b: Poly): number {
  return guarded(() => {
    if (!booleanIntersects(a, b)) return 0;
    // Both clipped to the intersection of their boxes: what lies outside cannot overlap.
    const [aw, as, ae, an] = bbox(a);
    const [bw, bs, be, bn] = bbox(b);
    const box: [number, number, number, number] = [
      Math.max(aw, bw),
      Math.max(as, bs),
      Math.min(ae, be),
      Math.min(an, bn)
    ];
    const ca = bboxClip(feature(a), box).geometry;
    const cb = bboxClip(feature(b), box).geometry;
    const cut = intersect(featureCollection([feature(ca), feature(cb)]));
    return cut ? geodesicAreaHa(cut.geometry) : 0;
  });
}

export function geosKernel(geos: Geos, a: number, b: number): number {
  const cut = geos.GEOSIntersection(a, b);
  const ha = geosAreaHa(geos, cut);
  geos.GEOSGeom_destroy(cut);
  return ha;
}
