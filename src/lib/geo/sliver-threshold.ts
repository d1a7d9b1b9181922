// When a (municipio, feature) overlap is an edge artefact ("borde") rather than presence.
// Layers from different producers never share borders exactly: a resguardo drawn inside one
// municipio shows small overlaps with its neighbours. A pair is `borde` when BOTH its area is under
// `maxHa` AND it is under `maxPctOfFeature` of the feature's area — so a small feature lying wholly
// in a municipio is still presence, and a large overlap is presence however large the feature.

export interface SliverThreshold {
  /** Overlaps under this many hectares may be a border artefact. */
  maxHa: number;
  /** …and only when they are also under this percentage of the feature's area. */
  maxPctOfFeature: number;
}

/** Documented default (README, «Umbral de borde»); overridable per call and in the CLI. */
export const DEFAULT_SLIVER_THRESHOLD: SliverThreshold = { maxHa: 50, maxPctOfFeature: 1 };

export function isBorde(overlapHa: number, pctOfFeature: number, t: SliverThreshold): boolean {
  return overlapHa < t.maxHa && pctOfFeature < t.maxPctOfFeature;
}
