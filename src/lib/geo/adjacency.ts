// Which features of a polygon layer are neighbours: they share a border, or their boundaries come
// within a small tolerance of each other (source polygons from different cuts, or simplified ones,
// leave hairline gaps). A GEOS prepared distance test on the flatbush candidates.
import type { GeosRuntime } from './geos-runtime';
import type { PreparedLayer } from './prepare-layer';

/** Default gap tolerance, degrees: 0.001° ≈ 110 m at Colombian latitudes. */
export const ADJACENCY_TOLERANCE_DEG = 0.001;

/** Neighbours of each feature (by id) among the features whose id is in `only` (all if absent). */
export function adjacency(
  { geos }: GeosRuntime,
  layer: PreparedLayer,
  only?: ReadonlySet<string>,
  toleranceDeg = ADJACENCY_TOLERANCE_DEG
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const { items, index } = layer;
  const wanted = (id: string) => !only || only.has(id);
  for (const it of items) if (wanted(it.id)) out.set(it.id, []);
  if (!index) return out;
  for (const [i, a] of items.entries()) {
    if (!wanted(a.id)) continue;
    const [w, s, e, n] = a.bbox;
    const t = toleranceDeg;
    for (const j of index.search(w - t, s - t, e + t, n + t)) {
      const b = items[j]!;
      if (j <= i || !wanted(b.id)) continue;
      if (!a.prepared) a.prepared = geos.GEOSPrepare(a.geometry);
      if (geos.GEOSPreparedDistanceWithin(a.prepared, b.geometry, t) !== 1) continue;
      out.get(a.id)!.push(b.id);
      out.get(b.id)!.push(a.id);
    }
  }
  return out;
}
