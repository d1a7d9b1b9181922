import { boundaryTiles, TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  pdetSubregions: boundaryTiles().pdetSubregions,
  tileMaxZoom: TILE_MAX_ZOOM
});
