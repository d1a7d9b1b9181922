// The rings of some features of a PolygonBuffers layer, as a path layer draws them (a highlight):
// their vertices copied into one array and where each ring starts.
import type { PolygonBuffers } from './polygon-buffers';
import { runsOfFeatures, type RunPaths } from './runs-of-features';

export type RingPaths = RunPaths;

export function ringsOfFeatures(b: PolygonBuffers, keys: readonly string[]): RingPaths {
  const runs = { positions: b.positions, starts: b.ringStarts, feature: b.ringFeature };
  return runsOfFeatures(b.keys, runs, keys);
}
