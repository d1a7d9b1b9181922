// Features of a layer within a distance of one polygon (a municipio, a district, a drawn area):
// candidates from the flatbush index with the distance turned into degrees at that latitude, a
// GEOS prepared distance test, then the geodesic distance between GEOS's nearest points. The
// nearest points are found in lon/lat space, so at 10–20 km the distance can differ from the true
// shortest geodesic by a fraction of a percent: fine for a pre-screen, which is what this serves.
import { geodesicDistanceKm } from './geodesic-distance';
import type { GeosRuntime } from './geos-runtime';
import type { PreparedItem, PreparedLayer } from './prepare-layer';

export interface NearFeature {
  id: string;
  /** 0 when they touch or overlap. */
  distance_km: number;
}

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;

/** Degrees of latitude and longitude that cover `km` everywhere in the box. */
function degreesFor(km: number, south: number, north: number): [number, number] {
  const lat = Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + km / KM_PER_DEG_LAT);
  return [km / KM_PER_DEG_LAT, km / (KM_PER_DEG_LON_EQUATOR * Math.cos((lat * Math.PI) / 180))];
}

export function featuresNear(
  { geos }: GeosRuntime,
  area: PreparedItem,
  layer: PreparedLayer,
  km: number
): NearFeature[] {
  if (!layer.index) return [];
  const [w, s, e, n] = area.bbox;
  const [dLat, dLon] = degreesFor(km, s, n);
  if (!area.prepared) area.prepared = geos.GEOSPrepare(area.geometry);
  const out: NearFeature[] = [];
  const buf = geos.Module._malloc(32);
  try {
    for (const j of layer.index.search(w - dLon, s - dLat, e + dLon, n + dLat)) {
      const f = layer.items[j]!;
      if (geos.GEOSPreparedDistanceWithin(area.prepared, f.geometry, Math.max(dLat, dLon)) !== 1)
        continue;
      if (geos.GEOSPreparedIntersects(area.prepared, f.geometry) === 1) {
        out.push({ id: f.id, distance_km: 0 });
        continue;
      }
      const seq = geos.GEOSPreparedNearestPoints(area.prepared, f.geometry);
      if (!seq) continue;
      geos.GEOSCoordSeq_copyToBuffer(seq, buf, 0, 0);
      geos.GEOSCoordSeq_destroy(seq);
      const [x1, y1, x2, y2] = geos.Module.HEAPF64.subarray(buf / 8, buf / 8 + 4);
      const d = geodesicDistanceKm(x1!, y1!, x2!, y2!);
      if (d <= km) out.push({ id: f.id, distance_km: d });
    }
  } finally {
    geos.Module._free(buf);
  }
  return out.sort((a, b) => a.distance_km - b.distance_km);
}
