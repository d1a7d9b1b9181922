// The feature a deck.gl pick names: which big overlay its layer belongs to (`<id>-relleno`,
// `-puntos`, `-lineas`) and that feature's key, read from the polygon, point or line index.
import type { DeckOverlaySpec } from './overlay-layers';

/** Suffixes of the pickable layers of a big overlay, and the array each index reads. */
export const PICKABLE = {
  '-relleno': 'polygonFeature',
  '-puntos': 'pointFeature',
  '-lineas': 'pathFeature'
} as const;

export function deckPickedKey(
  specs: readonly DeckOverlaySpec[],
  layerId: string | undefined,
  index: number
): { spec: DeckOverlaySpec; key: string } | null {
  if (!layerId || index < 0) return null;
  for (const spec of specs)
    for (const [suffix, array] of Object.entries(PICKABLE))
      if (layerId === `${spec.id}${suffix}`) {
        const feature = spec.buffers[array as (typeof PICKABLE)[keyof typeof PICKABLE]][index];
        const key = feature === undefined ? undefined : spec.buffers.keys[feature];
        return key === undefined ? null : { spec, key };
      }
  return null;
}
