// Every feature of some layers that overlaps or lies near each chosen area (municipios, a
// district, a drawn polygon): overlap pairs from the overlay engine (with the sliver threshold)
// and geodesic distances within a buffer. The consulta previa pre-screen reads these.
import { featuresNear } from './features-near';
import type { GeosRuntime } from './geos-runtime';
import { overlayLayer } from './overlay-layer';
import type { PreparedLayer } from './prepare-layer';
import type { SliverThreshold } from './sliver-threshold';

export interface AreaHits {
  overlaps: {
    layer: string;
    feature: string;
    overlap_ha: number;
    pct_of_area: number;
    borde: boolean;
  }[];
  near: { layer: string; feature: string; distance_km: number }[];
}

export function areaHits(
  rt: GeosRuntime,
  areas: PreparedLayer,
  ids: readonly string[],
  layers: readonly { id: string; layer: PreparedLayer }[],
  bufferKm: number,
  sliver?: SliverThreshold
): Map<string, AreaHits> {
  const out = new Map<string, AreaHits>(ids.map((id) => [id, { overlaps: [], near: [] }]));
  const only = new Set(ids);
  for (const { id: layer, layer: prepared } of layers) {
    const result = overlayLayer(rt, areas, prepared, { only, ...(sliver ? { sliver } : {}) });
    for (const p of result.pairs)
      out.get(p.municipio)?.overlaps.push({
        layer,
        feature: p.feature,
        overlap_ha: p.overlap_ha,
        pct_of_area: p.pct_of_municipio,
        borde: p.borde
      });
    for (const item of areas.items) {
      if (!only.has(item.id)) continue;
      for (const f of featuresNear(rt, item, prepared, bufferKm))
        out.get(item.id)!.near.push({ layer, feature: f.id, distance_km: f.distance_km });
    }
  }
  return out;
}
