// The layer catalog: every bundled layer with its provenance, and the official layers we do not ship.
// Provenance comes from sources/SOURCES.md; scripts/build-data.ts checks counts against it. The
// entries live by family in base-layers.ts, official-records.ts, regional-polygons.ts and regional-rasters.ts.
import { BASE_LAYERS } from './base-layers';
import type { BundledLayer } from './layer-types';
import { OFFICIAL_RECORDS } from './official-records';
import { REGIONAL_POLYGONS } from './regional-polygons';
import { REGIONAL_RASTERS } from './regional-rasters';

export type { BundledLayer, LayerKind, LayerSource, MissingLayer } from './layer-types';
export { MISSING_LAYERS } from './missing-layers';

export const BUNDLED_LAYERS: readonly BundledLayer[] = [
  ...BASE_LAYERS,
  ...OFFICIAL_RECORDS,
  ...REGIONAL_POLYGONS,
  ...REGIONAL_RASTERS
];

/** Polygon layers the overlay engine cuts against municipios in the app (not the boundaries). */
export const isPolygonLayer = (l: BundledLayer) => l.geometryType === 'Polygon/MultiPolygon';

export const OVERLAY_LAYERS: readonly BundledLayer[] = BUNDLED_LAYERS.filter(
  (l) => isPolygonLayer(l) && l.kind !== 'límites'
);

/** Overlay layers the overlay worker starts with, and those it loads when a district needs them. */
export const START_OVERLAY_LAYERS = OVERLAY_LAYERS.filter((l) => !l.onDemand);
export const ON_DEMAND_OVERLAY_LAYERS = OVERLAY_LAYERS.filter((l) => l.onDemand);

export function layerById(id: string): BundledLayer | undefined {
  return BUNDLED_LAYERS.find((l) => l.id === id);
}
